package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.core.i18n.Lang;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * espeak-ng (Linux, also on macOS and Windows when installed): Mandarin with the voice {@code cmn}, English with
 * {@code en}, a little slower than its default (150 words a minute instead of 175). A voice counts as there when
 * {@code espeak-ng --voices=LANG} lists it (Debian's {@code espeak-ng-data} has both).
 */
public final class EspeakNg extends ProcessSpeech {
    /** Words a minute. */
    static final int RATE = 150;
    private final String program;

    public EspeakNg() {
        this("espeak-ng");
    }

    EspeakNg(String program) {
        this.program = program;
    }

    /** espeak-ng's language for {@code lang}. */
    static String language(Lang lang) {
        return lang == Lang.ZH ? "cmn" : "en";
    }

    @Override
    protected String findVoice(Lang lang) {
        String list = output(List.of(program, "--voices=" + language(lang)), null);
        return list != null && listsVoice(list, language(lang)) ? language(lang) : null;
    }

    /**
     * Whether the output of {@code espeak-ng --voices=LANG} lists a voice for {@code language}: a line after the
     * heading ({@code Pty Language Age/Gender VoiceName File Other Languages}) whose language is it.
     */
    static boolean listsVoice(String voicesOutput, String language) {
        for (String line : voicesOutput.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2 && f[0].matches("\\d+") && (f[1].equals(language) || f[1].startsWith(language + "-"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected List<String> command(String voice, Lang lang) {
        return List.of(program, "-v", voice, "-s", Integer.toString(RATE), "--stdin");
    }

    /**
     * Writes {@code text} said in {@code lang} to the WAV file {@code wav} instead of the speakers (what the tests
     * check, on machines without a sound card). Blocking.
     */
    public Result toWav(String text, Lang lang, Path wav) {
        String voice = voice(lang);
        if (voice == null) {
            return Result.NO_VOICE;
        }
        List<String> cmd = new ArrayList<>(command(voice, lang));
        cmd.add(1, wav.toString());
        cmd.add(1, "-w");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (var in = p.getOutputStream()) {
                in.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return p.waitFor() == 0 ? Result.DONE : Result.FAILED;
        } catch (IOException e) {
            return Result.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.STOPPED;
        }
    }
}

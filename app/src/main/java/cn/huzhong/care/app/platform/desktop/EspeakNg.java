package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.core.i18n.Lang;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * espeak-ng (Linux, also on macOS and Windows when installed): Mandarin (see {@link #voiceFor} for which voice), English
 * with the first {@code en} voice, a little slower than its default (150 words a minute instead of 175). A voice counts
 * as there when {@code espeak-ng --voices=LANG} lists it (Debian's {@code espeak-ng-data} has both).
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

    /** espeak-ng's language for {@code lang}: the one to ask {@code --voices=} about. */
    static String language(Lang lang) {
        return lang == Lang.ZH ? "cmn" : "en";
    }

    @Override
    protected String findVoice(Lang lang) {
        String list = output(List.of(program, "--voices=" + language(lang)), null);
        return list == null ? null : voiceFor(list, lang);
    }

    /**
     * The voice to use from the output of {@code espeak-ng --voices=LANG} (a heading, then lines of {@code Pty
     * Language Age/Gender VoiceName File Other}), or null. For Chinese {@code cmn-latn-pinyin} when listed, else
     * {@code cmn}: Debian's espeak-ng-data has a small Mandarin dictionary, and a character it lacks becomes pinyin
     * with a tone digit ("ni3"), which the plain {@code cmn} voice then reads as English ("nee three") while
     * {@code cmn-latn-pinyin} reads it as Mandarin. For English the first {@code en} voice listed.
     */
    static String voiceFor(String voicesOutput, Lang lang) {
        String found = null;
        for (String line : voicesOutput.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2 || !f[0].matches("\\d+")) {
                continue;
            }
            String l = f[1];
            if (lang == Lang.ZH) {
                if (l.equals("cmn-latn-pinyin")) {
                    return l;
                }
                if (l.equals("cmn") && found == null) {
                    found = l;
                }
            } else if ((l.equals("en") || l.startsWith("en-")) && found == null) {
                found = l;
            }
        }
        return found;
    }

    /**
     * The phonemes espeak-ng would say for {@code text} ({@code -q -x}), or null without a voice. A language switch
     * shows as {@code (en)}: what the tests use to check that Chinese is read as Mandarin throughout.
     */
    public String phonemes(String text, Lang lang) {
        String voice = voice(lang);
        return voice == null ? null : output(List.of(program, "-v", voice, "-q", "-x", "--stdin"), text);
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

package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.core.i18n.Lang;

import java.util.List;
import java.util.Locale;

/**
 * speech-dispatcher through {@code spd-say} (Linux desktops where espeak-ng is not installed on its own): it speaks
 * with whatever synthesizer the desktop configured. {@code spd-say -L} lists the voices of that synthesizer with their
 * languages; the text goes through {@code -e} (standard input), and {@code -w} waits until it has been said.
 */
public final class SpeechDispatcher extends ProcessSpeech {
    private final String program;

    public SpeechDispatcher() {
        this("spd-say");
    }

    SpeechDispatcher(String program) {
        this.program = program;
    }

    static String language(Lang lang) {
        return lang == Lang.ZH ? "zh" : "en";
    }

    @Override
    protected String findVoice(Lang lang) {
        String list = output(List.of(program, "-L"), null);
        return list != null && listsLanguage(list, lang) ? language(lang) : null;
    }

    /** Whether {@code spd-say -L}'s table ({@code NAME LANGUAGE VARIANT}) has a voice in {@code lang}. */
    static boolean listsLanguage(String voicesOutput, Lang lang) {
        for (String line : voicesOutput.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2) {
                continue;
            }
            String l = f[1].toLowerCase(Locale.ROOT);
            boolean match = lang == Lang.ZH ? l.equals("zh") || l.startsWith("zh-") || l.startsWith("zh_")
                    || l.equals("cmn") || l.startsWith("cmn-") : l.equals("en") || l.startsWith("en-") || l.startsWith("en_");
            if (match) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected List<String> command(String voice, Lang lang) {
        return List.of(program, "-w", "-l", voice, "-e");
    }

    @Override
    public synchronized void stop() {
        super.stop();
        output(List.of(program, "-C"), null); // cancels what the daemon still says
    }
}

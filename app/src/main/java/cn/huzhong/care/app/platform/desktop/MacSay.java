package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.core.i18n.Lang;

import java.util.List;

/**
 * macOS's {@code say}: a voice of the language from {@code say -v ?} (Tingting for 普通话 on most Macs, Samantha or
 * Alex for English), the text from standard input ({@code -f -}).
 */
public final class MacSay extends ProcessSpeech {
    @Override
    protected String findVoice(Lang lang) {
        String list = output(List.of("say", "-v", "?"), null);
        return list == null ? null : voiceFor(list, lang);
    }

    /**
     * The first voice of {@code say -v ?}'s list ({@code Name   locale   # sample}) for {@code lang}: for Chinese one of
     * zh_CN first, then any zh_; for English en_US first, then any en_. Null when there is none.
     */
    static String voiceFor(String voicesOutput, Lang lang) {
        String[] preferred = lang == Lang.ZH ? new String[] {"zh_CN", "zh_"} : new String[] {"en_US", "en_"};
        for (String prefix : preferred) {
            for (String line : voicesOutput.split("\n")) {
                int hash = line.indexOf('#');
                String head = (hash < 0 ? line : line.substring(0, hash)).trim();
                int cut = head.lastIndexOf(' ');
                if (cut < 0) {
                    continue;
                }
                String locale = head.substring(cut + 1);
                if (locale.startsWith(prefix)) {
                    return head.substring(0, cut).trim();
                }
            }
        }
        return null;
    }

    @Override
    protected List<String> command(String voice, Lang lang) {
        return List.of("say", "-v", voice, "-f", "-");
    }
}

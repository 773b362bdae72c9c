package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.app.platform.Speech;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How each desktop voice reads its system's voice list and what it runs (the lists are the programs' own output). */
class DesktopVoicesTest {
    @Test
    void espeakNg_prefersPinyinMandarin_andFindsEnglish() {
        String cmn = """
                Pty Language       Age/Gender VoiceName          File                 Other Languages
                 5  cmn             --/M      Chinese_(Mandarin,_latin_as_English) sit/cmn              (zh-cmn 5)(zh 5)
                 5  cmn-latn-pinyin --/M      Chinese_(Mandarin,_latin_as_Pinyin) sit/cmn-Latn-pinyin  (zh-cmn 5)(zh 5)
                """;
        assertEquals("cmn-latn-pinyin", EspeakNg.voiceFor(cmn, Lang.ZH));
        assertEquals("cmn", EspeakNg.voiceFor(cmn.lines().limit(2).reduce("", (a, b) -> a + b + "\n"), Lang.ZH));
        String en = """
                Pty Language       Age/Gender VoiceName          File                 Other Languages
                 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
                 3  en-us           --/M      English_(America)  gmw/en-US            (en 3)
                """;
        assertEquals("en-gb", EspeakNg.voiceFor(en, Lang.EN));
        assertNull(EspeakNg.voiceFor("Pty Language       Age/Gender VoiceName          File                 Other Languages\n",
                Lang.ZH), "only the heading: no voice");
        assertEquals(List.of("espeak-ng", "-v", "cmn", "-s", "150", "--stdin"), new EspeakNg().command("cmn", Lang.ZH),
                "the text goes through standard input, never the command line");
    }

    @Test
    void say_picksAMainlandChineseVoice_thenAnyChinese() {
        String voices = """
                Alex                en_US    # Most people recognize me by my voice.
                Mei-Jia             zh_TW    # 您好，我叫美佳。我說國語。
                Sin-ji              zh_HK    # 您好，我叫 Sin-ji。我講廣東話。
                Ting-Ting           zh_CN    # 您好，我叫Ting-Ting。我讲中文普通话。
                Daniel              en_GB    # Hello, my name is Daniel.
                """;
        assertEquals("Ting-Ting", MacSay.voiceFor(voices, Lang.ZH));
        assertEquals("Alex", MacSay.voiceFor(voices, Lang.EN));
        assertEquals("Mei-Jia", MacSay.voiceFor(voices.replace("Ting-Ting           zh_CN", "Ting-Ting           xx_XX"),
                Lang.ZH));
        assertNull(MacSay.voiceFor("Alex                en_US    # Hello\n", Lang.ZH));
        assertEquals(List.of("say", "-v", "Ting-Ting", "-f", "-"), new MacSay().command("Ting-Ting", Lang.ZH));
    }

    @Test
    void speechDispatcher_readsItsVoiceTable() {
        String voices = """
                         NAME    LANGUAGE     VARIANT
                    Chinese_(Mandarin)    cmn     none
                       English_(Great_Britain)  en-GB    none
                """;
        assertTrue(SpeechDispatcher.listsLanguage(voices, Lang.ZH));
        assertTrue(SpeechDispatcher.listsLanguage(voices, Lang.EN));
        assertTrue(!SpeechDispatcher.listsLanguage("  NAME LANGUAGE VARIANT\n  Anna de none\n", Lang.ZH));
        assertEquals(List.of("spd-say", "-w", "-l", "zh", "-e"), new SpeechDispatcher().command("zh", Lang.ZH));
    }

    @Test
    void windows_asksForAVoiceOfTheCulture_andSaysNoVoiceByItsExitStatus() {
        String zh = WindowsSpeech.script(Lang.ZH, true);
        assertTrue(zh.contains("-like 'zh-CN'") && zh.contains("[Console]::In.ReadToEnd()") && zh.contains("exit 3"), zh);
        assertTrue(WindowsSpeech.script(Lang.EN, false).contains("-like 'en-*'"));
        assertEquals(Speech.Result.NO_VOICE, new WindowsSpeech().result(3));
        assertEquals(Speech.Result.DONE, new WindowsSpeech().result(0));
        assertEquals(Speech.Result.FAILED, new WindowsSpeech().result(1));
    }

    @Test
    void aVoiceThatIsNotInstalled_saysNoVoice_insteadOfFailingSilently() {
        EspeakNg missing = new EspeakNg("/nonexistent/espeak-ng");
        assertTrue(!missing.canSpeak(Lang.ZH));
        assertEquals(Speech.Result.NO_VOICE, missing.speak("你好", Lang.ZH));
    }
}

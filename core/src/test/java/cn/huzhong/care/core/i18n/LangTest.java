package cn.huzhong.care.core.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LangTest {
    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
            "|ZH",
            "en|EN",
            "en-GB,en;q=0.9|EN",
            "zh-CN,zh;q=0.9,en;q=0.8|ZH",
            "fr-FR,en;q=0.5,zh;q=0.9|ZH",
            "fr-FR,en;q=0.5|EN",
            "de|ZH",
            "en;q=0|ZH",
            "en;q=abc|ZH",
            "ZH-hant|ZH",
            "en-US;q=0.4,zh-TW;q=0.3|EN",
    })
    void fromAcceptLanguage_picksHighestWeightedKnownLanguage(String header, Lang expected) {
        assertEquals(expected, Lang.fromAcceptLanguage(header));
    }
}

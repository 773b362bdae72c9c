package cn.huzhong.care.core.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreMessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CoreMessagesTest.class.getResourceAsStream("/cn/huzhong/care/core/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bundles_haveTheSameKeysAndPlaceholders() throws IOException {
        Properties zh = load("core_zh_CN.properties");
        Properties en = load("core_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            int zhArgs = new MessageFormat(zh.getProperty(key)).getFormatsByArgumentIndex().length;
            int enArgs = new MessageFormat(en.getProperty(key)).getFormatsByArgumentIndex().length;
            assertEquals(zhArgs, enArgs, key);
            assertFalse(zh.getProperty(key).isBlank(), key);
            assertFalse(en.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void get_formatsArgumentsAndKeepsApostrophes() {
        assertEquals("最多 500 个字。", CoreMessages.get(Lang.ZH, "validation.tooLong", 500));
        assertEquals("At most 500 characters.", CoreMessages.get(Lang.EN, "validation.tooLong", 500));
        String withArg = CoreMessages.get(Lang.EN, "problem.stepNotAllowed.detail", "Paying");
        assertTrue(withArg.contains("\"Paying\""), withArg);
    }

    @Test
    void get_missingKey_failsLoudly() {
        assertThrows(IllegalArgumentException.class, () -> CoreMessages.get(Lang.EN, "no.such.key"));
    }
}

package cn.huzhong.care.app.ui;

import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both languages are complete, every text formats, and no view carries its own text. */
class MessagesTest {
    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages_" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglish_haveTheSameKeys_andEveryTextFormats() throws IOException {
        Properties zh = bundle("zh_CN");
        Properties en = bundle("en");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (Lang lang : Lang.values()) {
            Messages m = Messages.of(lang);
            for (String key : zh.stringPropertyNames()) {
                boolean counts = zh.getProperty(key).contains(",choice,") || en.getProperty(key).contains(",choice,");
                String text = counts ? m.get(key, 2, 2, 2, 2, 2) : m.get(key, "A", "B", "C", "D", "E");
                assertTrue(!text.isBlank() && !text.contains("{0}"), lang + " " + key + " = " + text);
            }
        }
        for (String key : en.stringPropertyNames()) {
            assertTrue(en.getProperty(key).codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    || key.startsWith("settings.lang."), "English text in Chinese characters: " + key);
        }
    }

    @Test
    void english_countsAgreeWithTheirNoun_neverAnS_inBrackets() throws IOException {
        Properties en = bundle("en");
        for (String key : en.stringPropertyNames()) {
            assertTrue(!en.getProperty(key).contains("(s)"), "write the plural out (a choice format): " + key);
        }
        Messages m = Messages.of(Lang.EN);
        assertEquals("1 unread message.", m.get("inbox.unread.count", 1));
        assertEquals("2 unread messages.", m.get("inbox.unread.count", 2));
        assertEquals("1 day", m.get("request.value.days", 1));
        assertEquals("14 days", m.get("request.value.days", 14));
        assertTrue(m.get("home.outbox.waiting", 1).startsWith("One request or booking is on this phone"));
        assertTrue(m.get("home.outbox.waiting", 3).startsWith("3 requests or bookings are on this phone"));
    }

    @Test
    void age_inWords() {
        Instant t = Instant.parse("2026-11-28T02:00:00Z");
        Messages zh = Messages.of(Lang.ZH);
        assertEquals("刚刚", zh.age(t, t.plusSeconds(30)));
        assertEquals("5 分钟前", zh.age(t, t.plusSeconds(300)));
        assertEquals("3 小时前", zh.age(t, t.plusSeconds(3 * 3600)));
        assertEquals("2 days ago", Messages.of(Lang.EN).age(t, t.plusSeconds(50 * 3600)));
        assertEquals("11月28日（周六）上午10:00", zh.dateTime(t, 2026), "this year: without the year, 12-hour clock");
        assertEquals("2026年11月28日 上午10:00", zh.dateTime(t, 2027), "another year: with it");
        assertEquals("Sat 28 Nov, 10:00 am", Messages.of(Lang.EN).dateTime(t, 2026));
        assertEquals("11月28日（周六）下午2:30", zh.dateTime(Instant.parse("2026-11-28T06:30:00Z"), 2026));
    }

    @Test
    void viewsAndViewModels_holdNoChineseText_ofTheirOwn() throws IOException {
        Path main = Path.of("src/main/java/cn/huzhong/care/app");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString();
                if (!(name.endsWith("View.java") || name.endsWith("ViewModel.java") || f.toString().contains("shell"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/") || line.startsWith("//")) {
                        continue;
                    }
                    String code = line.contains("//") ? line.substring(0, line.indexOf("//")) : line;
                    if (code.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                        offenders.add(f.getFileName() + ":" + (i + 1) + " " + line);
                    }
                }
            }
        }
        assertTrue(offenders.isEmpty(), "text belongs in the bundles: " + offenders);
    }
}

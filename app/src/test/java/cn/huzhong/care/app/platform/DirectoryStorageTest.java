package cn.huzhong.care.app.platform;

import cn.huzhong.care.app.platform.desktop.DesktopDialer;
import cn.huzhong.care.app.platform.desktop.DirectoryStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryStorageTest {
    @TempDir
    Path dir;

    @Test
    void writeReadDelete_inUtf8_andOnlyInsideItsDirectory() throws Exception {
        DirectoryStorage s = new DirectoryStorage(dir.resolve("new"));
        assertTrue(s.read("a.json").isEmpty());
        s.write("a.json", "呼中助残");
        s.write("a.json", "王秀兰");
        assertEquals("王秀兰", s.read("a.json").orElseThrow());
        s.write("cache-1.json", "x");
        s.write("cache-2.json", "y");
        s.deleteAll("cache-");
        assertTrue(s.read("cache-1.json").isEmpty());
        assertEquals("王秀兰", s.read("a.json").orElseThrow());
        try (var files = Files.list(dir.resolve("new"))) {
            assertEquals(1, files.count(), "no temporary files are left behind");
        }
        assertThrows(IllegalArgumentException.class, () -> s.write("../escape.json", "x"));
        assertThrows(IllegalArgumentException.class, () -> s.read("a/b"));
    }

    @Test
    void desktopDialer_handsATelLinkToTheHost_andSaysWhetherItWorked() {
        List<String> opened = new ArrayList<>();
        assertEquals(Dialer.Outcome.HANDED_TO_SYSTEM, new DesktopDialer(uri -> opened.add(uri)).dial("0457-350 0000"));
        assertEquals(List.of("tel:0457-3500000"), opened);
        assertEquals(Dialer.Outcome.UNAVAILABLE, new DesktopDialer(uri -> false).dial("12385"));
        assertThrows(IllegalArgumentException.class, () -> DesktopDialer.telUri("abc"));
    }
}

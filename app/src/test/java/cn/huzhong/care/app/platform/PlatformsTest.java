package cn.huzhong.care.app.platform;

import cn.huzhong.care.app.platform.desktop.AssumedConnectivity;
import cn.huzhong.care.app.platform.desktop.DesktopDialer;
import cn.huzhong.care.app.platform.desktop.InboxOnlyReminders;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformsTest {
    private static Optional<URI> builtIn(String line) {
        return Platforms.builtInServer(new ByteArrayInputStream(("# x\n" + line + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void builtInServer_anHttpsAddress_withoutItsTrailingSlash() {
        assertEquals(Optional.of(URI.create("https://care.example.cn/api")), builtIn("server.url=https://care.example.cn/api/"));
    }

    @Test
    void builtInServer_emptyUnfilteredOrNotHttp_none() {
        assertEquals(Optional.empty(), builtIn("server.url="));
        assertEquals(Optional.empty(), builtIn("server.url=${huzhong.server.url}"));
        assertEquals(Optional.empty(), builtIn("server.url=ftp://care.example.cn"));
        assertEquals(Optional.empty(), builtIn("server.url=care.example.cn"));
        assertEquals(Optional.empty(), builtIn("other=1"));
        assertEquals(Optional.empty(), Platforms.builtInServer(null));
    }

    @Test
    void builtInServer_desktopBuild_none() {
        // the file is there (Maven filtered it) and names no server: the desktop starts its own
        assertTrue(Platforms.class.getResource(Platforms.BUILD_INFO) != null);
        assertEquals(Optional.empty(), Platforms.builtInServer());
    }

    @Test
    void desktop_hasNoPhoneServices_andKeepsItsOwnImplementations() {
        assertEquals(Optional.empty(), Platforms.phone());
        assertInstanceOf(DesktopDialer.class, Platforms.dialer());
        assertInstanceOf(AssumedConnectivity.class, Platforms.connectivity());
        assertInstanceOf(InboxOnlyReminders.class, Platforms.reminders(new InMemoryStorage()));
        assertTrue(Platforms.connectivity().connected());
    }
}

package cn.huzhong.care.app.platform;

import cn.huzhong.care.app.platform.attach.AttachServices;
import cn.huzhong.care.app.platform.desktop.DesktopDialer;
import cn.huzhong.care.app.platform.desktop.DirectoryStorage;

import java.nio.file.Path;

/**
 * Chooses the platform implementations: Gluon Attach where its services exist, the desktop fallbacks
 * otherwise. The system property {@code huzhong.data.dir} overrides where the app keeps its files.
 */
public final class Platforms {
    public static final String DATA_DIR_PROPERTY = "huzhong.data.dir";

    private Platforms() {
    }

    public static Storage storage() {
        String override = System.getProperty(DATA_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new DirectoryStorage(Path.of(override));
        }
        Path dir = AttachServices.privateStorage()
                .map(p -> p.resolve("huzhong-care"))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".huzhong-care"));
        return new DirectoryStorage(dir);
    }

    public static HostBrowser browser() {
        return AttachServices.browser().orElse(DesktopDialer.awtBrowser());
    }

    public static Dialer dialer() {
        return new DesktopDialer(browser());
    }
}

package cn.huzhong.care.app.platform.attach;

import cn.huzhong.care.app.platform.HostBrowser;
import com.gluonhq.attach.browser.BrowserService;
import com.gluonhq.attach.storage.StorageService;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The Gluon Attach services this app uses; each is {@code Optional.empty()} where the platform has none. */
public final class AttachServices {
    private static final Logger LOG = Logger.getLogger(AttachServices.class.getName());

    private AttachServices() {
    }

    /** The app's private directory (on desktop Attach answers {@code ~/.gluon}). */
    public static Optional<Path> privateStorage() {
        try {
            return StorageService.create().flatMap(StorageService::getPrivateStorage).map(File::toPath);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "no Attach storage", e);
            return Optional.empty();
        }
    }

    public static Optional<HostBrowser> browser() {
        try {
            return BrowserService.create().map(service -> uri -> {
                try {
                    service.launchExternalBrowser(uri);
                    return true;
                } catch (Exception e) {
                    // never the link itself: a tel: link is whom the person calls
                    LOG.log(Level.INFO, "the host could not open a link: " + e.getClass().getSimpleName());
                    return false;
                }
            });
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "no Attach browser", e);
            return Optional.empty();
        }
    }
}

package cn.huzhong.care.app.platform.phone;

import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.HostBrowser;
import cn.huzhong.care.app.platform.desktop.DesktopDialer;
import com.gluonhq.attach.dialer.DialerService;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls through the phone's dialer (Android asks for the CALL_PHONE permission the first time). When the dialer
 * fails, a {@code tel:} link opens the phone app with the number filled in instead. Attach cannot say whether the
 * call was placed (a refused permission is silent), so the app shows the number in large text whatever happens.
 */
final class AttachDialer implements Dialer {
    private static final Logger LOG = Logger.getLogger(AttachDialer.class.getName());
    private final DialerService service;
    private final HostBrowser fallback;

    AttachDialer(DialerService service, HostBrowser fallback) {
        this.service = service;
        this.fallback = fallback;
    }

    @Override
    public Outcome dial(String number) {
        String uri = DesktopDialer.telUri(number); // rejects what is not a phone number
        try {
            service.call(uri.substring("tel:".length()));
            return Outcome.HANDED_TO_SYSTEM;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the dialer failed; opening " + uri + " instead", e);
            return fallback.open(uri) ? Outcome.HANDED_TO_SYSTEM : Outcome.UNAVAILABLE;
        }
    }
}

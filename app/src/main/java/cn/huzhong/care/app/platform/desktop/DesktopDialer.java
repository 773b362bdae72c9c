package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.HostBrowser;

import java.awt.Desktop;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Desktop calling: hands {@code tel:NUMBER} to the host (a softphone or a paired phone may answer it). Whether or
 * not that works, the app shows the number in large text with a copy action, so the call never fails silently.
 */
public final class DesktopDialer implements Dialer {
    private static final Logger LOG = Logger.getLogger(DesktopDialer.class.getName());
    private final HostBrowser host;

    public DesktopDialer(HostBrowser host) {
        this.host = host;
    }

    /** Keeps digits, '+', '*', '#' and '-' only: what a tel: URI may carry. */
    public static String telUri(String number) {
        String clean = number == null ? "" : number.replaceAll("[^0-9+*#-]", "");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("not a phone number (no digits)");
        }
        return "tel:" + clean;
    }

    @Override
    public Outcome dial(String number) {
        return host.open(telUri(number)) ? Outcome.HANDED_TO_SYSTEM : Outcome.UNAVAILABLE;
    }

    /** {@code tel:}, {@code https:}…: what kind of link, without what follows. */
    static String scheme(String uri) {
        int colon = uri == null ? -1 : uri.indexOf(':');
        return colon > 0 && colon < 12 ? uri.substring(0, colon + 1) : "(unknown)";
    }

    /** java.awt.Desktop, where the host has one (not on headless machines). */
    public static HostBrowser awtBrowser() {
        return uri -> {
            try {
                if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                        && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    Desktop.getDesktop().browse(URI.create(uri));
                    return true;
                }
            } catch (Exception | LinkageError e) {
                // never the number itself: a log is no place for whom a person calls
                LOG.log(Level.INFO, "the host could not open a " + scheme(uri) + " link: " + e.getClass().getSimpleName());
            }
            return false;
        };
    }
}

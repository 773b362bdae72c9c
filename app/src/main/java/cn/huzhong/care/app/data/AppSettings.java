package cn.huzhong.care.app.data;

import cn.huzhong.care.core.i18n.Lang;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * What the person chose in settings (F9): language, text size, high contrast, reduced motion, and the server
 * address (empty: the demo server inside the app).
 */
public record AppSettings(Lang lang, double textScale, boolean highContrast, boolean reducedMotion,
                          String serverAddress) {
    /** The text sizes offered (declared before DEFAULTS, which needs them). */
    public static final double[] TEXT_SCALES = {1.0, 1.25, 1.5, 2.0};
    public static final AppSettings DEFAULTS = new AppSettings(Lang.ZH, 1.0, false, false, "");

    public AppSettings {
        lang = lang == null ? Lang.ZH : lang;
        textScale = nearestScale(textScale);
        serverAddress = serverAddress == null ? "" : serverAddress.strip();
    }

    private static double nearestScale(double s) {
        double best = TEXT_SCALES[0];
        for (double c : TEXT_SCALES) {
            if (Math.abs(c - s) < Math.abs(best - s)) {
                best = c;
            }
        }
        return best;
    }

    public AppSettings withLang(Lang l) {
        return new AppSettings(l, textScale, highContrast, reducedMotion, serverAddress);
    }

    public AppSettings withTextScale(double s) {
        return new AppSettings(lang, s, highContrast, reducedMotion, serverAddress);
    }

    public AppSettings withHighContrast(boolean on) {
        return new AppSettings(lang, textScale, on, reducedMotion, serverAddress);
    }

    public AppSettings withReducedMotion(boolean on) {
        return new AppSettings(lang, textScale, highContrast, on, serverAddress);
    }

    public AppSettings withServerAddress(String address) {
        return new AppSettings(lang, textScale, highContrast, reducedMotion, address);
    }

    /** The configured server, if any and well formed ({@link #checkServerAddress} says what is wrong). */
    public Optional<URI> serverUri() {
        return serverAddress.isEmpty() || checkServerAddress(serverAddress).isPresent()
                ? Optional.empty() : Optional.of(URI.create(serverAddress.replaceAll("/+$", "")));
    }

    /**
     * Checks a server address as typed. Empty means "the demo server in this app". Returns the problem's
     * message key ({@code settings.server.error.*}) or empty when it is fine.
     */
    public static Optional<String> checkServerAddress(String address) {
        String a = address == null ? "" : address.strip();
        if (a.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(a);
        } catch (java.net.URISyntaxException e) {
            return Optional.of("settings.server.error.format");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("settings.server.error.scheme");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("settings.server.error.format");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            // passwords and tokens would cross the network in clear text
            return Optional.of("settings.server.error.cleartext");
        }
        return Optional.empty();
    }

    /**
     * True for this computer's own addresses ({@code localhost}, {@code 127.x.x.x}, {@code ::1}): the only places
     * plain {@code http://} may go. Decided from the name as written, without looking anything up.
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}

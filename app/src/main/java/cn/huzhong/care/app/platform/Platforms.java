package cn.huzhong.care.app.platform;

import cn.huzhong.care.app.platform.attach.AttachServices;
import cn.huzhong.care.app.platform.desktop.AssumedConnectivity;
import cn.huzhong.care.app.platform.desktop.DesktopDialer;
import cn.huzhong.care.app.platform.desktop.DirectoryStorage;
import cn.huzhong.care.app.platform.desktop.InboxOnlyReminders;
import cn.huzhong.care.app.platform.desktop.SystemVoices;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chooses the platform implementations: the phone build's own ({@link PhoneServices}, where the phone profiles
 * compiled them in), Gluon Attach where its services exist, the desktop fallbacks otherwise. The system property
 * {@code huzhong.data.dir} overrides where the app keeps its files.
 */
public final class Platforms {
    private static final Logger LOG = Logger.getLogger(Platforms.class.getName());
    public static final String DATA_DIR_PROPERTY = "huzhong.data.dir";
    static final String BUILD_INFO = "/cn/huzhong/care/app/platform/build-info.properties";

    private Platforms() {
    }

    /** The phone build's implementations; empty on the desktop. */
    static Optional<PhoneServices> phone() {
        return Phone.SERVICES;
    }

    private static final class Phone {
        static final Optional<PhoneServices> SERVICES = load();

        private static Optional<PhoneServices> load() {
            try {
                return ServiceLoader.load(PhoneServices.class).findFirst();
            } catch (java.util.ServiceConfigurationError | LinkageError e) {
                LOG.log(Level.WARNING, "the phone services could not be loaded; using the desktop ones", e);
                return Optional.empty();
            }
        }
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
        HostBrowser browser = browser();
        return phone().flatMap(p -> p.dialer(browser)).orElseGet(() -> new DesktopDialer(browser));
    }

    public static Connectivity connectivity() {
        return phone().flatMap(PhoneServices::connectivity).orElseGet(AssumedConnectivity::new);
    }

    public static Reminders reminders(Storage storage) {
        return phone().flatMap(p -> p.reminders(storage)).orElseGet(InboxOnlyReminders::new);
    }

    /**
     * The device's voice, or empty when it has none: the phone's text to speech; on the desktop {@code say} (macOS),
     * the speech API through PowerShell (Windows), espeak-ng or speech-dispatcher (Linux). Looks at the system: call
     * it off the FX thread.
     */
    public static Optional<Speech> speech() {
        Optional<Speech> phoneVoice = phone().flatMap(PhoneServices::speech);
        return phoneVoice.isPresent() ? phoneVoice : SystemVoices.detect();
    }

    /** The phones' screen-reader bridge; empty on the desktop (JavaFX bridges Windows and macOS itself). */
    public static Optional<ScreenReaderBridge> screenReader() {
        return phone().flatMap(PhoneServices::screenReader);
    }

    /** The system's text size as a factor (phones); empty where the system does not say. */
    public static OptionalDouble systemTextScale() {
        return phone().map(PhoneServices::systemTextScale).orElse(OptionalDouble.empty());
    }

    /**
     * The server this build talks to when the person has set none in Settings: the address given to Maven as
     * {@code huzhong.server.url} (phone builds must give one); empty on the desktop, which starts its own.
     */
    public static Optional<URI> builtInServer() {
        return builtInServer(Platforms.class.getResourceAsStream(BUILD_INFO));
    }

    static Optional<URI> builtInServer(InputStream buildInfo) {
        if (buildInfo == null) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStreamReader in = new InputStreamReader(buildInfo, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = p.getProperty("server.url", "").strip();
        if (url.isEmpty() || url.contains("${")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.replaceAll("/+$", ""));
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                LOG.warning("ignoring the built-in server address, not an http(s) address: " + url);
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            LOG.log(Level.WARNING, "ignoring the built-in server address " + url, e);
            return Optional.empty();
        }
    }
}

package cn.huzhong.care.core.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Starts the REST API inside the app's own process, for the desktop app when no server address is
 * configured. The server module provides the implementation through {@link ServiceLoader}; the app never
 * imports the server, and the phone build leaves it out (then {@link #find()} is empty).
 */
public interface EmbeddedBackend {

    /**
     * Starts the API on 127.0.0.1 at a free port with a SQLite database in {@code dataDirectory}.
     *
     * @param demoData seed the synthetic demo district (idempotent)
     */
    Running start(Path dataDirectory, boolean demoData);

    /**
     * As {@link #start(Path, boolean)}, on {@code clock}: the server's "now" (and the demo data's dates, which are
     * seeded relative to it) agree with the app's, so a test or a screenshot run on a fixed clock shows the same
     * dates every time.
     */
    default Running start(Path dataDirectory, boolean demoData, Clock clock) {
        return start(dataDirectory, demoData);
    }

    /** A running embedded server. */
    interface Running extends AutoCloseable {
        /** e.g. {@code http://127.0.0.1:43121}. */
        URI baseUri();

        /** The demo accounts, one line each ("13900000001 / demo1234 — resident 王秀兰"), empty without demo data. */
        java.util.List<String> demoAccounts();

        @Override
        void close();
    }

    static Optional<EmbeddedBackend> find() {
        return ServiceLoader.load(EmbeddedBackend.class).findFirst();
    }
}

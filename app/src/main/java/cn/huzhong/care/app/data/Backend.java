package cn.huzhong.care.app.data;

import cn.huzhong.care.core.embedded.EmbeddedBackend;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where the API is: the server address from settings, or, when none is configured, the API started inside the
 * app ({@link EmbeddedBackend}, found with ServiceLoader: the desktop build has it, the phone build does not) on
 * 127.0.0.1 with a SQLite demo database in the app's data directory. In demo mode the sign-in screen lists the
 * demo accounts. A phone build has no embedded server: there the server the build was made for (its built-in
 * address) stands in until the person sets another.
 */
public final class Backend implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Backend.class.getName());

    private final Path dataDirectory;
    private final URI builtIn;
    private final Clock clock;
    private volatile URI baseUri;
    private volatile EmbeddedBackend.Running embedded;
    /** Done once the first configuration has finished (at once, or in the background at start). */
    private final java.util.concurrent.CompletableFuture<Void> configured = new java.util.concurrent.CompletableFuture<>();

    public Backend(Path dataDirectory) {
        this(dataDirectory, null);
    }

    /** @param builtIn the server to use when settings name none and there is no embedded one (phones); may be null */
    public Backend(Path dataDirectory, URI builtIn) {
        this(dataDirectory, builtIn, Clock.systemUTC());
    }

    /**
     * @param builtIn the server to use when settings name none and there is no embedded one (phones); may be null
     * @param clock   the embedded server's clock: the app's own, so both agree on today (and on the demo's dates)
     */
    public Backend(Path dataDirectory, URI builtIn, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.builtIn = builtIn;
        this.clock = clock;
    }

    /**
     * Points at {@code settings}' server, or starts the embedded one when none is configured. Blocking (starting
     * the embedded server takes a few seconds): call it off the FX thread.
     */
    public synchronized void configure(AppSettings settings) {
        try {
            apply(settings);
        } finally {
            configured.complete(null);
        }
    }

    /**
     * As {@link #configure}, on {@code executor}: the app can draw its first screen while the embedded server starts
     * (seconds on a slow phone or a busy computer). Until that is done {@link #baseUri()} waits for it, so a call made
     * meanwhile (always off the FX thread) goes out once the server is there instead of failing as "offline".
     */
    public void configureInBackground(AppSettings settings, java.util.concurrent.Executor executor) {
        executor.execute(() -> {
            try {
                configure(settings);
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.SEVERE, "the embedded server did not start", e);
            }
        });
    }

    private void apply(AppSettings settings) {
        Optional<URI> remote = settings.serverUri();
        if (remote.isPresent()) {
            stopEmbedded();
            baseUri = remote.get();
            return;
        }
        if (embedded == null && dataDirectory != null) {
            Optional<EmbeddedBackend> found = EmbeddedBackend.find();
            if (found.isPresent()) {
                embedded = found.get().start(dataDirectory.resolve("server"), true, clock);
                LOG.info("embedded API on " + embedded.baseUri());
            }
        }
        baseUri = embedded != null ? embedded.baseUri() : builtIn;
    }

    /** Where the API is; waits (up to a minute) for the first configuration when it runs in the background. */
    public URI baseUri() {
        if (!configured.isDone()) {
            try {
                configured.get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // not configured (yet): the caller sees no server
            }
        }
        return baseUri;
    }

    /**
     * A demo or development build: one that carries the embedded server (the desktop build). Only such a build
     * offers to change the server address; a phone release talks to the address it was built with.
     */
    public boolean developmentBuild() {
        return EmbeddedBackend.find().isPresent() || Boolean.getBoolean("huzhong.dev");
    }

    /** True when the app talks to its own embedded demo server. */
    public boolean demoMode() {
        return embedded != null && baseUri != null && baseUri.equals(embedded.baseUri());
    }

    /** The demo accounts, one line each ("13900000001  demo1234  居民 王秀兰… / resident Wang Xiulan…"). */
    public List<String> demoAccounts() {
        return demoMode() ? embedded.demoAccounts() : List.of();
    }

    private void stopEmbedded() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    @Override
    public synchronized void close() {
        stopEmbedded();
    }
}

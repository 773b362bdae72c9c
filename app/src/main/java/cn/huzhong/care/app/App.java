package cn.huzhong.care.app;

import cn.huzhong.care.app.data.Api;
import cn.huzhong.care.app.data.ApiRepositories;
import cn.huzhong.care.app.data.AppSettings;
import cn.huzhong.care.app.data.Backend;
import cn.huzhong.care.app.data.DataSource;
import cn.huzhong.care.app.data.DeviceOutbox;
import cn.huzhong.care.app.data.ServiceRepositories;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.data.SettingsRepository;
import cn.huzhong.care.app.data.StoredSessionRepository;
import cn.huzhong.care.app.data.StoredSettingsRepository;
import cn.huzhong.care.app.data.SyncStatus;
import cn.huzhong.care.app.data.local.JsonCache;
import cn.huzhong.care.app.data.remote.ApiClient;
import cn.huzhong.care.app.platform.Connectivity;
import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.Platforms;
import cn.huzhong.care.app.platform.Reminders;
import cn.huzhong.care.app.platform.Storage;
import cn.huzhong.care.app.shell.AppShell;
import cn.huzhong.care.app.shell.Calls;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ShellViewModel;
import cn.huzhong.care.app.ui.DisplayMode;
import javafx.application.Platform;
import javafx.scene.Parent;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The composition root: storage, settings, the backend (a configured server or the embedded demo one), the API
 * client, cache and repositories, then the shell. {@link #start} does the blocking part (disk, starting the
 * embedded server) and must run off the FX thread; {@link #buildUi} runs on it.
 */
public final class App implements AutoCloseable {
    private final Storage storage;
    private final Clock clock;
    private final ExecutorService io;
    private final Executor fx;
    private final SettingsRepository settings;
    private final Backend backend;
    private final SyncStatus sync;
    private final DataSource data;
    private final SessionRepository sessions;
    private final ApiRepositories repositories;
    private final ServiceRepositories services;
    private final DeviceOutbox outbox;
    /** Staff's work (issue 8, the staff screens). */
    private final cn.huzhong.care.app.data.StaffRepositories staff;
    private final cn.huzhong.care.app.data.VolunteerRepositories volunteers;
    private final Dialer dialer;
    private DeviceHooks device;
    private Navigator navigator;
    private Calls calls;
    private AppShell shell;

    private App(Storage storage, Dialer dialer, Clock clock, Function<Supplier<URI>, Api> apiFactory, Executor fx,
                DeviceOutbox.Scheduler outboxTimer) {
        this.storage = storage;
        this.dialer = dialer;
        this.clock = clock;
        this.fx = fx;
        AtomicInteger n = new AtomicInteger();
        this.io = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "huzhong-io-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.settings = new StoredSettingsRepository(storage, io);
        this.backend = new Backend(storage.directory(), Platforms.builtInServer().orElse(null), clock);
        Api api = apiFactory.apply(backend::baseUri);
        this.sync = new SyncStatus(storage);
        this.data = new DataSource(io, new JsonCache(storage), sync, clock);
        this.sessions = new StoredSessionRepository(api, storage, data, () -> settings.current().lang());
        this.repositories = new ApiRepositories(api, data, sessions, () -> settings.current().lang());
        this.services = new ServiceRepositories(api, data, sessions, () -> settings.current().lang());
        // an Api that does not speak the staff API (a test's wrapper) leaves it to a client of the same server
        cn.huzhong.care.app.data.StaffApi staffApi = api instanceof cn.huzhong.care.app.data.StaffApi s ? s
                : new ApiClient(backend::baseUri);
        this.staff = new cn.huzhong.care.app.data.StaffRepositories(api, staffApi, data, sessions,
                () -> settings.current().lang());
        // volunteers and accounts (issue 8): an API that is not also these (a test's fake) leaves them to the real client
        this.volunteers = new cn.huzhong.care.app.data.VolunteerRepositories(
                api instanceof cn.huzhong.care.app.data.VolunteerApi v ? v : new ApiClient(backend::baseUri),
                api instanceof cn.huzhong.care.app.data.AccountApi a ? a : new ApiClient(backend::baseUri),
                data, sessions, () -> settings.current().lang());
        if (sessions.current().isPresent()) {
            // a returning person sees Home (with what the phone kept) at once; the embedded server starts right after
            // Home's first frame, not competing with it for the processor, and calls wait for it (Backend)
            AppSettings atStart = settings.current();
            io.execute(() -> {
                try {
                    firstFrame.await(FIRST_FRAME_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                backend.configure(atStart);
            });
        } else {
            backend.configure(settings.current()); // the sign-in screen lists the demo accounts: know them first
        }
        this.outbox = new DeviceOutbox(api, storage, data, sessions, () -> settings.current().lang(),
                DeviceOutbox.FIRST_RETRY, DeviceOutbox.MAX_RETRY,
                outboxTimer != null ? outboxTimer : DeviceOutbox.Scheduler.timer());
        // what waited from before this start goes out now, if the server is there
        if (sessions.current().isPresent()) {
            outbox.sendNow();
        }
        this.applied = settings.current();
        settings.addListener(this::settingsChanged);
    }

    /** Starts everything but the UI. Blocking: call it off the FX thread. */
    public static App start(Storage storage, Dialer dialer, Clock clock) {
        return start(storage, dialer, clock, ApiClient::new, Platform::runLater);
    }

    /** As {@link #start(Storage, Dialer, Clock)}, with another API (tests: a slow one) and UI executor. */
    public static App start(Storage storage, Dialer dialer, Clock clock, Function<Supplier<URI>, Api> apiFactory,
                            Executor fx) {
        return new App(storage, dialer, clock, apiFactory, fx, null);
    }

    /**
     * As above, with the outbox's timed retries run by {@code outboxTimer} (tests: one they drive, so no retry redraws
     * a screen at a moment the test did not choose).
     */
    public static App start(Storage storage, Dialer dialer, Clock clock, Function<Supplier<URI>, Api> apiFactory,
                            Executor fx, DeviceOutbox.Scheduler outboxTimer) {
        return new App(storage, dialer, clock, apiFactory, fx, outboxTimer);
    }

    /**
     * Lets the device's network and reminders follow the app ({@link DeviceHooks}): the offline banner and the
     * outbox react to the network at once, and the device reminds of bookings. Once, after {@link #start}.
     */
    public void connectDevice(Connectivity network, Reminders deviceReminders) {
        if (device != null) {
            throw new IllegalStateException("already connected");
        }
        device = new DeviceHooks(network, deviceReminders, sync, sessions, outbox, services, services, settings, clock);
    }

    /** Builds the shell on the FX thread: signed in → home, else sign-in. */
    public Parent buildUi() {
        navigator = new Navigator(sessions.current().isPresent() ? new Destination.Home() : new Destination.SignIn());
        calls = new Calls(dialer, io, fx);
        ShellViewModel shellVm = new ShellViewModel(navigator, sessions, sync, clock, fx);
        // the badge: the server's count, or the device's when the server cannot be reached
        shell = new AppShell(shellVm, calls, new Screens(this), displayMode(settings.current()), clock,
                () -> services.unread().latest().thenApply(l -> l.value().total()));
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) { // the first frame of the shell has been drawn
                    stop();
                    firstFrame.countDown();
                }
            }
        }.start();
        return shell.root();
    }

    /** Released once the UI's first frame is drawn (or never, without a UI: then the wait below ends by itself). */
    private final java.util.concurrent.CountDownLatch firstFrame = new java.util.concurrent.CountDownLatch(1);
    private static final java.time.Duration FIRST_FRAME_WAIT = java.time.Duration.ofSeconds(3);

    public static DisplayMode displayMode(AppSettings s) {
        return new DisplayMode(s.lang(), s.textScale(), s.highContrast(), s.reducedMotion());
    }

    private AppSettings applied;

    private void settingsChanged(AppSettings s) {
        AppSettings before = applied == null ? s : applied;
        applied = s;
        fx.execute(() -> {
            if (shell != null) {
                shell.setMode(displayMode(s));
            }
        });
        if (!before.serverAddress().equals(s.serverAddress())) {
            io.execute(() -> {
                backend.configure(s);
                sessions.expired();
            });
        }
    }

    public DisplayMode displayMode() {
        return displayMode(settings.current());
    }

    public AppShell shell() {
        return shell;
    }

    public Navigator navigator() {
        return navigator;
    }

    Calls calls() {
        return calls;
    }

    Executor uiExecutor() {
        return fx;
    }

    public Clock clock() {
        return clock;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public SessionRepository sessions() {
        return sessions;
    }

    ApiRepositories repositories() {
        return repositories;
    }

    ServiceRepositories services() {
        return services;
    }

    cn.huzhong.care.app.data.StaffRepository staff() {
        return staff;
    }

    /** Volunteers' tasks and the account's own matters (issue 8). */
    cn.huzhong.care.app.data.VolunteerRepositories volunteers() {
        return volunteers;
    }

    /** Reads and calls to the server under way now (tests wait for none before they look at a screen). */
    public int readsInFlight() {
        return data.inFlight();
    }

    public DeviceOutbox outbox() {
        return outbox;
    }

    SyncStatus syncStatus() {
        return sync;
    }

    public Backend backend() {
        return backend;
    }

    public Storage storage() {
        return storage;
    }

    /** Stops the embedded server and the background threads, after pending writes (settings) are done. */
    @Override
    public void close() {
        outbox.close();
        io.shutdown();
        try {
            if (!io.awaitTermination(10, TimeUnit.SECONDS)) {
                io.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        backend.close();
    }
}

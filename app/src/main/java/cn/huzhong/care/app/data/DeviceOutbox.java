package cn.huzhong.care.app.data;

import cn.huzhong.care.app.platform.Storage;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.i18n.Lang;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The {@link Outbox} in the device's private storage ({@code outbox.json}). One sender thread does all the
 * sending, so no item is ever in flight twice from this device; an item leaves the file only after the server
 * has answered it, and the server acts on its key once, so a crash or a lost answer can only lead to a resend that
 * the server recognises. It sends at once when an item is made, whenever the server answers again after being
 * unreachable (any call that reaches it counts), when someone signs in, at start ({@link #sendNow}), and, after a
 * send that did not get through, again by itself after {@link #FIRST_RETRY}, twice as late each time, at most
 * every {@link #MAX_RETRY}.
 */
public final class DeviceOutbox implements Outbox, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DeviceOutbox.class.getName());
    static final String FILE = "outbox.json";
    /** After a send that did not reach the server, the next try comes this soon, then twice as late each time… */
    public static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    /** …but never later than this. */
    public static final Duration MAX_RETRY = Duration.ofSeconds(30);
    private static final Type ITEMS = new TypeToken<List<OutboxItem>>() { }.getType();

    private final Api api;
    private final Storage storage;
    private final DataSource data;
    private final SessionRepository sessions;
    private final Supplier<Lang> lang;
    private final ExecutorService sender;
    private final Scheduler timer;
    private final List<OutboxItem> items = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean sendQueued = new AtomicBoolean();
    private final Duration firstRetry;
    private final Duration maxRetry;
    /** Sends in a row that found the server unreachable or failing (sender thread only). */
    private int failedInARow;

    /** Runs a task later: the outbox's own retries. A real timer in the app; one a test drives by hand. */
    public interface Scheduler extends AutoCloseable {
        void schedule(Runnable task, Duration after);

        @Override
        void close();

        /** A daemon timer thread. */
        static Scheduler timer() {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                    r -> daemon(r, "huzhong-outbox-timer"));
            return new Scheduler() {
                @Override
                public void schedule(Runnable task, Duration after) {
                    try {
                        timer.schedule(task, after.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (java.util.concurrent.RejectedExecutionException e) {
                        // closing
                    }
                }

                @Override
                public void close() {
                    timer.shutdownNow();
                }
            };
        }
    }

    /**
     * Reads what was left from before (blocking: construct it off the FX thread) and starts watching for the
     * server to come back and for sign-ins. After a send that did not get through, it tries again by itself after
     * {@code firstRetry}, doubling up to {@code maxRetry}, on a timer thread; {@code firstRetry} null: no timed
     * retries (tests).
     */
    public DeviceOutbox(Api api, Storage storage, DataSource data, SessionRepository sessions, Supplier<Lang> lang,
                        Duration firstRetry, Duration maxRetry) {
        this(api, storage, data, sessions, lang, firstRetry, maxRetry, firstRetry == null ? null : Scheduler.timer());
    }

    /** As above, with the timed retries run by {@code timer} (null: none). */
    public DeviceOutbox(Api api, Storage storage, DataSource data, SessionRepository sessions, Supplier<Lang> lang,
                        Duration firstRetry, Duration maxRetry, Scheduler timer) {
        this.api = api;
        this.storage = storage;
        this.data = data;
        this.sessions = sessions;
        this.lang = lang;
        this.sender = Executors.newSingleThreadExecutor(r -> daemon(r, "huzhong-outbox"));
        this.items.addAll(restore());
        // the server answering again after it could not be reached (not every answer: a failing send would then
        // set off the next one at once, over and over)
        AtomicBoolean wasOnline = new AtomicBoolean(data.sync().state().online());
        data.sync().addListener(state -> {
            boolean before = wasOnline.getAndSet(state.online());
            if (state.online() && !before) {
                sendNow();
            }
        });
        sessions.addListener(s -> {
            if (s.isPresent()) {
                sendNow();
            }
        });
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry == null ? firstRetry : maxRetry;
        this.timer = firstRetry == null ? null : timer;
    }

    /** When a send did not get through and something still waits: try again a little later, later each time. */
    private void retryLater() {
        if (timer == null || mine(OutboxItem::waiting).isEmpty()) {
            return;
        }
        long delay = firstRetry.toMillis() << Math.min(failedInARow - 1, 16);
        timer.schedule(this::sendNow, Duration.ofMillis(Math.min(delay, maxRetry.toMillis())));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private List<OutboxItem> restore() {
        try {
            List<OutboxItem> saved = storage.read(FILE).map(s -> Json.gson().<List<OutboxItem>>fromJson(s, ITEMS))
                    .orElse(List.of());
            return saved == null ? List.of() : saved.stream().filter(i -> i != null && i.key() != null && i.kind() != null
                    && i.state() != null).toList();
        } catch (JsonParseException | IllegalStateException | java.io.UncheckedIOException e) {
            // never silently: the log says so; the file is left as it is for someone to look at
            LOG.log(Level.SEVERE, "the outbox file cannot be read; its items are not sent", e);
            return List.of();
        }
    }

    // ---- making ----

    @Override
    public CompletableFuture<Submission<ServiceRequestDetail>> submitRequest(CreateServiceRequest request) {
        Session s = session();
        return submit(OutboxItem.request(UUID.randomUUID().toString(), s.account().id(), s.requireSubjectId(),
                data.clock().instant(), request));
    }

    @Override
    public CompletableFuture<Submission<BookingDto>> submitBooking(CreateBooking booking, OutboxItem.BookingInfo info) {
        Session s = session();
        return submit(OutboxItem.booking(UUID.randomUUID().toString(), s.account().id(), s.requireSubjectId(),
                data.clock().instant(), booking, info));
    }

    private Session session() {
        return sessions.current().orElseThrow(() -> new IllegalStateException("not signed in"));
    }

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<Submission<T>> submit(OutboxItem item) {
        return CompletableFuture.supplyAsync(() -> {
            synchronized (this) {
                items.add(item);
                save();
            }
            changed();
            Object outcome = sendWaiting(item.key()).get(item.key());
            if (outcome instanceof ApiFailure.Refused refused) {
                return new Submission.Refused<>(refused);
            }
            if (outcome != null) {
                return new Submission.Sent<>((T) outcome);
            }
            return new Submission.Waiting<>(find(item.key()).orElse(item));
        }, sender);
    }

    // ---- sending ----

    @Override
    public void sendNow() {
        if (sendQueued.compareAndSet(false, true)) {
            try {
                sender.execute(() -> {
                    sendQueued.set(false);
                    sendWaiting(null);
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                sendQueued.set(false); // closing
            }
        }
    }

    /**
     * Sends every waiting item of the signed-in account, oldest first, on the sender thread. Stops at the first
     * sign that the server cannot be reached (or the session has ended); an item the server refuses is marked
     * FAILED, except {@code foregroundKey}'s, which the person is looking at: it is dropped and its refusal
     * answered. Returns the answer (value or refusal) of each item the server answered.
     */
    private Map<String, Object> sendWaiting(String foregroundKey) {
        Map<String, Object> answered = new HashMap<>();
        Optional<Session> current = sessions.current();
        if (current.isEmpty() || current.get().account() == null) {
            return answered;
        }
        Session s = current.get();
        boolean troubled = false;
        List<OutboxItem> waiting;
        synchronized (this) {
            waiting = items.stream().filter(i -> i.waiting() && i.accountId() == s.account().id()).toList();
        }
        for (OutboxItem item : waiting) {
            Lang l = lang.get();
            try {
                Object value = data.call(() -> item.kind() == OutboxItem.Kind.REQUEST
                        ? api.createRequest(s.token(), item.residentId(), item.request(), item.key(), l)
                        : api.book(s.token(), item.residentId(), item.booking(), item.key(), l));
                remove(item.key());
                answered.put(item.key(), value);
            } catch (ApiFailure.Unreachable | ApiFailure.Unauthorized e) {
                replace(item.tried(data.clock().instant()));
                LOG.log(Level.FINE, "outbox: the server cannot take it now", e);
                troubled = e instanceof ApiFailure.Unreachable;
                break;
            } catch (ApiFailure.Refused e) {
                if (isTransient(e)) {
                    replace(item.tried(data.clock().instant()));
                    troubled = true;
                    continue;
                }
                if (item.key().equals(foregroundKey)) {
                    remove(item.key());
                } else {
                    replace(item.tried(data.clock().instant()).failed(reason(e)));
                }
                answered.put(item.key(), e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "outbox: unexpected failure, kept to try again", e);
                replace(item.tried(data.clock().instant()));
                troubled = true;
            }
        }
        if (troubled) {
            failedInARow++;
            retryLater();
        } else {
            failedInARow = 0;
        }
        return answered;
    }

    /** Worth trying again later: the server was busy, failed, or is still working on this very key. */
    static boolean isTransient(ApiFailure.Refused e) {
        if (e instanceof ApiFailure.ServerError || e instanceof ApiFailure.RateLimited) {
            return true;
        }
        return e.problem().map(ApiProblem::typeName).filter(ApiProblem.IDEMPOTENCY_IN_FLIGHT::equals).isPresent();
    }

    /** The server's reason in its own words: the field messages of a 422, else the detail, else the title. */
    static String reason(ApiFailure.Refused e) {
        if (e instanceof ApiFailure.Invalid invalid && !invalid.fieldErrors().isEmpty()) {
            return invalid.fieldErrors().stream().map(ApiProblem.FieldError::message).distinct()
                    .collect(Collectors.joining(" "));
        }
        ApiProblem p = e.problem().orElse(null);
        if (p != null && p.detail() != null && !p.detail().isBlank()) {
            return p.detail().strip();
        }
        return e.userMessage();
    }

    // ---- reading and dismissing ----

    @Override
    public List<OutboxItem> items(OutboxItem.Kind kind) {
        Optional<Session> s = sessions.current();
        if (s.isEmpty() || s.get().subjectId() == null) {
            return List.of();
        }
        long subject = s.get().subjectId();
        return mine(i -> i.kind() == kind && i.residentId() == subject);
    }

    @Override
    public int unsent() {
        return mine(OutboxItem::waiting).size();
    }

    private synchronized List<OutboxItem> mine(java.util.function.Predicate<OutboxItem> filter) {
        Optional<Session> s = sessions.current();
        if (s.isEmpty() || s.get().account() == null) {
            return List.of();
        }
        long account = s.get().account().id();
        return items.stream().filter(i -> i.accountId() == account).filter(filter).toList();
    }

    @Override
    public CompletableFuture<Void> dismiss(String key) {
        return CompletableFuture.runAsync(() -> {
            boolean removed;
            synchronized (this) {
                removed = items.removeIf(i -> i.key().equals(key) && i.state() == OutboxItem.State.FAILED);
                if (removed) {
                    save();
                }
            }
            if (removed) {
                changed();
            }
        }, sender);
    }

    private synchronized Optional<OutboxItem> find(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    private void remove(String key) {
        synchronized (this) {
            items.removeIf(i -> i.key().equals(key));
            save();
        }
        changed();
    }

    private void replace(OutboxItem item) {
        synchronized (this) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).key().equals(item.key())) {
                    items.set(i, item);
                }
            }
            save();
        }
        changed();
    }

    /** Called with the lock held: the file always matches memory. */
    private void save() {
        storage.write(FILE, Json.gson().toJson(items, ITEMS));
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Stops sending after the item in flight, if any, has its answer. */
    @Override
    public void close() {
        if (timer != null) {
            timer.close();
        }
        sender.shutdown();
        try {
            if (!sender.awaitTermination(10, TimeUnit.SECONDS)) {
                sender.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

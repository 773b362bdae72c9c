package cn.huzhong.care.app.data;

import cn.huzhong.care.app.data.local.JsonCache;
import cn.huzhong.care.core.api.Page;

import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way repositories read server data, offline first: {@link #read} answers the device's copy at once and
 * refreshes it from the server in the background (a {@link Reading}); {@link #readPaged} and {@link #more} do the
 * same for lists the server pages. Every call to the server runs on the background executor, records whether the
 * server could be reached, and forgets an expired session.
 */
public final class DataSource {
    /**
     * How long a screen with nothing to show waits: after {@code slow} it says the network is slow; after
     * {@code overdue} it offers to try again (the request goes on, and its answer is still shown if it comes).
     * A screen with something cached never waits at all.
     */
    public record Patience(Duration slow, Duration overdue) {
        /** For a weak rural mobile signal: people notice after a few seconds; half a minute is long enough. */
        public static final Patience STANDARD = new Patience(Duration.ofSeconds(4), Duration.ofSeconds(30));
        /** Never: the timers of a test that drives them by hand, or of no screen at all. */
        public static final Patience NEVER = new Patience(null, null);
    }

    private final Executor io;
    private final JsonCache cache;
    private final SyncStatus sync;
    private final Clock clock;
    private final Patience patience;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** One lock per cache key, for read-change-write of the device's copy (a page merged in, an item replaced). */
    private final ConcurrentHashMap<String, Object> keyLocks = new ConcurrentHashMap<>();
    private SessionRepository sessions;

    public DataSource(Executor io, JsonCache cache, SyncStatus sync, Clock clock) {
        this(io, cache, sync, clock, Patience.STANDARD);
    }

    public DataSource(Executor io, JsonCache cache, SyncStatus sync, Clock clock, Patience patience) {
        this.io = io;
        this.cache = cache;
        this.sync = sync;
        this.clock = clock;
        this.patience = patience;
    }

    void bind(SessionRepository sessions) {
        this.sessions = sessions;
    }

    public Executor io() {
        return io;
    }

    public JsonCache cache() {
        return cache;
    }

    public SyncStatus sync() {
        return sync;
    }

    public Clock clock() {
        return clock;
    }

    /** Reads and calls to the server under way now (tests wait for none before they look at a screen). */
    public int inFlight() {
        return inFlight.get();
    }

    // ---- reads ----

    /**
     * Reads {@code key}: the device's copy at once (from memory without any I/O when it is there, else from the
     * device on the background executor), and, in the background, {@code fetch} from the server, written to the
     * device before it is answered.
     */
    public <T> Reading<T> read(String key, Type type, Supplier<T> fetch) {
        return read(key, type, fetch, null);
    }

    /**
     * As {@link #read}, with {@code fallback} (may be null) as the device's copy when it keeps none: data the app
     * carries itself (the hotline directory), marked with no time.
     */
    public <T> Reading<T> read(String key, Type type, Supplier<T> fetch, T fallback) {
        long generation = cache.generation();
        return reading(key, type, () -> {
            T value = call(fetch);
            var now = clock.instant();
            cache.put(key, value, now, generation);
            return new Loaded<>(value, now, false);
        }, fallback);
    }

    private <T> Reading<T> reading(String key, Type type, Supplier<Loaded<T>> refresh, T fallback) {
        Optional<JsonCache.Entry<T>> held = cache.peek(key);
        CompletableFuture<Optional<Loaded<T>>> cached = held.isPresent()
                ? CompletableFuture.completedFuture(held.map(DataSource::fromCache))
                : async(() -> cache.<T>get(key, type).map(DataSource::fromCache)
                        .or(() -> Optional.ofNullable(fallback).map(f -> new Loaded<>(f, null, true))));
        CompletableFuture<Loaded<T>> fresh = async(refresh);
        return new Reading<>(cached, fresh, timer(patience.slow(), fresh), timer(patience.overdue(), fresh));
    }

    /**
     * Reads a paged list kept under {@code key}: the pages the person has read so far, from the device at once;
     * in the background, those pages as the server has them now (one request), replacing the device's copy.
     */
    public <T> Reading<Paged<T>> readPaged(String key, Type pagedType, PageFetch<T> fetch) {
        long generation = cache.generation();
        return reading(key, pagedType, () -> {
            int pagesRead = cache.<Paged<T>>get(key, pagedType).map(e -> e.value().pages()).orElse(1);
            Page<T> first = call(() -> fetch.page(1, Paged.refreshSize(pagesRead)));
            var now = clock.instant();
            Paged<T> value = Paged.refreshed(first, pagesRead);
            synchronized (lock(key)) {
                cache.put(key, value, now, generation);
            }
            return new Loaded<>(value, now, false);
        }, null);
    }

    /**
     * The next page of the list kept under {@code key}, fetched from the server and merged into the device's copy;
     * answers the whole list as it is now. When a refresh replaced the copy meanwhile (so the page fetched no longer
     * follows on), the copy is answered as it is, and the person may ask again.
     */
    public <T> CompletableFuture<Loaded<Paged<T>>> more(String key, Type pagedType, Function<T, ?> id,
                                                        PageFetch<T> fetch) {
        return more(key, pagedType, p -> p, (p, merged) -> merged, id, fetch);
    }

    /**
     * As {@link #more(String, Type, Function, PageFetch)} for a paged list inside what is kept under {@code key}
     * ({@code list} finds it, {@code with} puts the merged one in its place).
     */
    public <C, T> CompletableFuture<Loaded<C>> more(String key, Type type, Function<C, Paged<T>> list,
                                                    BiFunction<C, Paged<T>, C> with, Function<T, ?> id,
                                                    PageFetch<T> fetch) {
        long generation = cache.generation();
        return async(() -> {
            Optional<JsonCache.Entry<C>> before = cache.get(key, type);
            if (before.isEmpty()) {
                // nothing on the device to add a page to (the screen shows the copy it was given): read it again
                throw new IllegalStateException("no list kept under " + key);
            }
            int next = list.apply(before.get().value()).nextPage();
            Page<T> page = call(() -> fetch.page(next, Paged.PAGE_SIZE));
            synchronized (lock(key)) {
                JsonCache.Entry<C> current = cache.<C>get(key, type).orElse(before.get());
                Paged<T> shown = list.apply(current.value());
                if (shown.nextPage() != next) {
                    return new Loaded<>(current.value(), current.savedAt(), false);
                }
                C merged = with.apply(current.value(), shown.plus(page, id));
                // the copy is as fresh as its oldest page
                cache.put(key, merged, current.savedAt(), generation);
                return new Loaded<>(merged, current.savedAt(), false);
            }
        });
    }

    /** One page of a list from the server. */
    @FunctionalInterface
    public interface PageFetch<T> {
        Page<T> page(int page, int size);
    }

    /** Changes the device's copy under {@code key}, if there is one (a write's answer, so every screen shows it). */
    public <T> void update(String key, Type type, Function<T, T> change) {
        synchronized (lock(key)) {
            cache.<T>get(key, type).ifPresent(e -> cache.put(key, change.apply(e.value()), e.savedAt()));
        }
    }

    /** Puts a write's answer where the matching read keeps it, so the screen that reads it next shows it at once. */
    public void put(String key, Object value) {
        synchronized (lock(key)) {
            cache.put(key, value, clock.instant());
        }
    }

    private Object lock(String key) {
        return keyLocks.computeIfAbsent(key, k -> new Object());
    }

    private static <T> Loaded<T> fromCache(JsonCache.Entry<T> e) {
        return new Loaded<>(e.value(), e.savedAt(), true);
    }

    /** Completes after {@code after} unless {@code done} has completed first; never when {@code after} is null. */
    private static CompletableFuture<Void> timer(Duration after, CompletableFuture<?> done) {
        CompletableFuture<Void> t = new CompletableFuture<>();
        if (after != null) {
            Executor later = CompletableFuture.delayedExecutor(after.toMillis(), TimeUnit.MILLISECONDS);
            later.execute(() -> {
                if (!done.isDone()) {
                    t.complete(null);
                }
            });
        }
        return t;
    }

    // ---- calls ----

    /** Runs a call that is never cached (writes, the revealed certificate number). */
    public <T> CompletableFuture<T> run(Supplier<T> call) {
        return async(() -> call(call));
    }

    /**
     * Runs {@code work} on the background executor. It counts as in flight until whoever waits on it has been
     * told (a view model's step is queued on the UI executor before the count drops), so "nothing in flight" means
     * nothing more will arrive.
     */
    private <T> CompletableFuture<T> async(Supplier<T> work) {
        inFlight.incrementAndGet();
        CompletableFuture<T> out = new CompletableFuture<>();
        try {
            io.execute(() -> {
                try {
                    out.complete(work.get());
                } catch (Throwable t) {
                    out.completeExceptionally(t);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            inFlight.decrementAndGet();
            throw e;
        }
        return out;
    }

    /** Calls the server on the current (background) thread, recording reachability and expired sessions. */
    public <T> T call(Supplier<T> call) {
        try {
            T value = call.get();
            sync.succeeded(clock.instant());
            return value;
        } catch (ApiFailure.Unreachable e) {
            sync.unreachable();
            throw e;
        } catch (ApiFailure.Unauthorized e) {
            sync.succeeded(clock.instant());
            if (sessions != null && sessions.current().isPresent()) {
                sessions.expired();
            }
            throw e;
        } catch (ApiFailure e) {
            sync.succeeded(clock.instant());
            throw e;
        }
    }

    /** The failure inside a future's exception. */
    public static Throwable cause(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof java.util.concurrent.ExecutionException)
                && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}

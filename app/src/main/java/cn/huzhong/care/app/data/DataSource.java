package cn.huzhong.care.app.data;

import cn.huzhong.care.app.data.local.JsonCache;

import java.lang.reflect.Type;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The one way repositories read server data: on the background executor, ask the server; keep a good answer
 * in the cache; when the server cannot be reached, answer the cached copy marked with its age; when the
 * session has expired, forget it.
 */
public final class DataSource {
    private final Executor io;
    private final JsonCache cache;
    private final SyncStatus sync;
    private final Clock clock;
    private SessionRepository sessions;

    public DataSource(Executor io, JsonCache cache, SyncStatus sync, Clock clock) {
        this.io = io;
        this.cache = cache;
        this.sync = sync;
        this.clock = clock;
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

    /** Fetches fresh data, falling back to the cache under {@code key} when the server is unreachable. */
    public <T> CompletableFuture<Loaded<T>> load(String key, Type type, Supplier<T> fetch) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                T value = call(fetch);
                var now = clock.instant();
                cache.put(key, value, now);
                return new Loaded<>(value, now, false);
            } catch (ApiFailure.Unreachable e) {
                Optional<JsonCache.Entry<T>> cached = cache.get(key, type);
                if (cached.isPresent()) {
                    return new Loaded<>(cached.get().value(), cached.get().savedAt(), true);
                }
                throw e;
            }
        }, io);
    }

    /** Runs a call that is never cached (writes, the revealed certificate number). */
    public <T> CompletableFuture<T> run(Supplier<T> call) {
        return CompletableFuture.supplyAsync(() -> call(call), io);
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

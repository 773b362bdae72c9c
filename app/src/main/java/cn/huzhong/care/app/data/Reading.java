package cn.huzhong.care.app.data;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One offline-first read of server data, as four events a screen reacts to (Now in Android's "the local copy is the
 * source of truth, the network refreshes it"):
 * <ul>
 *   <li>{@link #cached()}: what the device holds, at once (already complete when the copy is in memory; a few
 *       milliseconds of disk otherwise); empty when nothing is kept. Never fails.</li>
 *   <li>{@link #fresh()}: the server's answer, once it has been written to the device's copy, so the next read shows
 *       it at once; fails with an {@link ApiFailure} when the server cannot be reached or says no.</li>
 *   <li>{@link #slow()}: completes when a screen that has nothing to show has waited long enough to say the network is
 *       slow ({@link DataSource.Patience#slow()}).</li>
 *   <li>{@link #overdue()}: completes when a screen that has nothing to show should stop waiting and offer to try
 *       again ({@link DataSource.Patience#overdue()}); the request itself goes on in the background, and its answer,
 *       when it comes, is still worth showing.</li>
 * </ul>
 * View models consume it through {@code ViewModel.read}; tests build one with {@link #of}.
 */
public final class Reading<T> {
    private final CompletableFuture<Optional<Loaded<T>>> cached;
    private final CompletableFuture<Loaded<T>> fresh;
    private final CompletableFuture<Void> slow;
    private final CompletableFuture<Void> overdue;

    public Reading(CompletableFuture<Optional<Loaded<T>>> cached, CompletableFuture<Loaded<T>> fresh,
                   CompletableFuture<Void> slow, CompletableFuture<Void> overdue) {
        // a device copy that cannot be read counts as none
        this.cached = cached.exceptionally(e -> Optional.empty());
        this.fresh = fresh;
        this.slow = slow;
        this.overdue = overdue;
    }

    /** A read whose timers never fire: {@code cached} (null: nothing on the device) and the server's {@code fresh}. */
    public static <T> Reading<T> of(Loaded<T> cached, CompletableFuture<Loaded<T>> fresh) {
        return new Reading<>(CompletableFuture.completedFuture(Optional.ofNullable(cached)), fresh,
                new CompletableFuture<>(), new CompletableFuture<>());
    }

    /** Nothing on the device; the server answered {@code fresh}. */
    public static <T> Reading<T> answered(Loaded<T> fresh) {
        return of(null, CompletableFuture.completedFuture(fresh));
    }

    public CompletableFuture<Optional<Loaded<T>>> cached() {
        return cached;
    }

    public CompletableFuture<Loaded<T>> fresh() {
        return fresh;
    }

    public CompletableFuture<Void> slow() {
        return slow;
    }

    public CompletableFuture<Void> overdue() {
        return overdue;
    }

    /** The same read, each value turned into another (off the FX thread, where the values arrive). */
    public <R> Reading<R> map(Function<T, R> f) {
        return new Reading<>(cached.thenApply(o -> o.map(l -> l.map(f))), fresh.thenApply(l -> l.map(f)), slow, overdue);
    }

    /**
     * One value for a caller that cannot show two: the server's answer, or, when the server cannot be reached, the
     * device's copy (marked as such). The old network-first contract; screens use {@code ViewModel.read} instead.
     */
    public CompletableFuture<Loaded<T>> latest() {
        return fresh.exceptionallyCompose(e -> {
            if (DataSource.cause(e) instanceof ApiFailure.Unreachable) {
                return cached.thenCompose(c -> c.isPresent() ? CompletableFuture.completedFuture(c.get())
                        : CompletableFuture.failedFuture(DataSource.cause(e)));
            }
            return CompletableFuture.failedFuture(DataSource.cause(e));
        });
    }
}

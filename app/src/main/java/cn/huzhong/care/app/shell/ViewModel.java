package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.DataSource;
import cn.huzhong.care.app.data.Loaded;
import cn.huzhong.care.app.data.Reading;
import cn.huzhong.care.app.ui.Messages;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What every view model shares: one read-only state property, published on the UI executor (the FX thread in
 * the app, a plain executor in tests, so view-model tests need no toolkit); {@link #read} for offline-first reads
 * and {@link #when} for everything else. Results that arrive after the screen was left are dropped.
 */
public abstract class ViewModel<S> {
    /** The slot of a screen's one main read. */
    protected static final Object MAIN = "main";

    private final ReadOnlyObjectWrapper<S> state;
    private final Executor ui;
    private final Messages messages;
    private final Clock clock;
    private final Map<Object, Long> reads = new ConcurrentHashMap<>();
    private volatile boolean disposed;

    protected ViewModel(S initial, Executor ui) {
        this(initial, ui, null, null);
    }

    /** For a view model that reads: {@code messages} and {@code clock} say how old the data shown is. */
    protected ViewModel(S initial, Executor ui, Messages messages, Clock clock) {
        this.state = new ReadOnlyObjectWrapper<>(initial);
        this.ui = ui;
        this.messages = messages;
        this.clock = clock;
    }

    public final ReadOnlyObjectProperty<S> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public final S state() {
        return state.get();
    }

    /** The clock the view model was given (null for one that does not read). */
    protected final Clock clock() {
        return clock;
    }

    protected final void publish(S s) {
        state.set(s);
    }

    /** Waits for {@code future} off the FX thread and handles its outcome on the UI executor. */
    protected final <T> void when(CompletableFuture<T> future, Consumer<T> onValue, Consumer<Throwable> onFailure) {
        future.whenCompleteAsync((value, error) -> {
            if (disposed) {
                return;
            }
            if (error != null) {
                onFailure.accept(DataSource.cause(error));
            } else {
                onValue.accept(value);
            }
        }, ui);
    }

    /** {@link #read(Object, Reading, Consumer, BiConsumer, Consumer)} in the screen's {@link #MAIN} slot. */
    protected final <T> void read(Reading<T> reading, Consumer<String> waiting, BiConsumer<T, Freshness> show,
                                  Consumer<Throwable> failed) {
        read(MAIN, reading, waiting, show, failed);
    }

    /**
     * Shows a read offline first, the same way on every screen, each step on the UI executor:
     * <ol>
     *   <li>the device's copy, at once, with {@link Freshness.State#UPDATING} (its age, and that it is being updated):
     *       {@code show}; with nothing on the device, {@code waiting(null)} (progress);</li>
     *   <li>the server's answer replaces it: {@code show} again, {@link Freshness.State#FRESH}; the view renders it in
     *       place;</li>
     *   <li>if the server cannot give it, the copy stays: {@code show} again with {@link Freshness.State#OFFLINE} or
     *       {@link Freshness.State#NOT_UPDATED}, its age and why, and a reload action; never an error screen. With
     *       nothing on the device, {@code failed};</li>
     *   <li>with nothing on the device and a slow network: after a while {@code waiting(note)} ("still loading…"),
     *       later {@code failed} (offline: try again); if the answer comes after all, {@code show} replaces the
     *       failure.</li>
     * </ol>
     * A newer read in the same {@code slot} (a reload, another week) makes this one's late steps be dropped, as
     * are all steps once the screen is left.
     */
    protected final <T> void read(Object slot, Reading<T> reading, Consumer<String> waiting, BiConsumer<T, Freshness> show,
                                  Consumer<Throwable> failed) {
        if (messages == null || clock == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " reads: give it Messages and a Clock");
        }
        long generation = reads.merge(slot, 1L, Long::sum);
        Run<T> run = new Run<>(() -> !disposed && reads.get(slot) == generation, waiting, show, failed);
        if (reading.cached().isDone()) {
            run.cached = reading.cached().join();
            run.step();
        } else {
            waiting.accept(null);
        }
        reading.cached().thenAcceptAsync(cached -> {
            run.cached = cached;
            run.step();
        }, ui);
        reading.fresh().whenCompleteAsync((loaded, error) -> {
            if (error == null) {
                run.fresh = loaded;
            } else {
                run.failure = DataSource.cause(error);
            }
            run.step();
        }, ui);
        reading.slow().thenRunAsync(() -> {
            run.slow = true;
            run.step();
        }, ui);
        reading.overdue().thenRunAsync(() -> {
            run.overdue = true;
            run.step();
        }, ui);
    }

    /**
     * One read's progress (touched only on the UI executor): each event records itself, then {@link #step} shows
     * what the events so far add up to, when that differs from what is shown.
     */
    private final class Run<T> {
        private final java.util.function.BooleanSupplier current;
        private final Consumer<String> waiting;
        private final BiConsumer<T, Freshness> show;
        private final Consumer<Throwable> failed;
        /** The device's copy; null while it is being read. */
        Optional<Loaded<T>> cached;
        Loaded<T> fresh;
        Throwable failure;
        boolean slow;
        boolean overdue;
        /** What was last handed to the view model, so nothing is shown twice. */
        Object last;

        Run(java.util.function.BooleanSupplier current, Consumer<String> waiting, BiConsumer<T, Freshness> show,
            Consumer<Throwable> failed) {
            this.current = current;
            this.waiting = waiting;
            this.show = show;
            this.failed = failed;
        }

        void step() {
            if (!current.getAsBoolean()) {
                return;
            }
            if (fresh != null) {
                once(fresh, () -> show.accept(fresh.value(), Freshness.fresh(fresh.savedAt())));
            } else if (cached == null) {
                // the device's copy is still being read: progress shows meanwhile
            } else if (cached.isPresent()) {
                Loaded<T> copy = cached.get();
                Freshness f = failure == null ? updating(copy) : stale(copy, failure);
                once(f, () -> show.accept(copy.value(), f));
            } else if (failure != null) {
                once(failure, () -> failed.accept(failure));
            } else if (overdue) {
                // the request goes on: if its answer comes, it still replaces this
                once("overdue", () -> failed.accept(new ApiFailure.Unreachable("no answer in time",
                        new TimeoutException())));
            } else if (slow) {
                once("slow", () -> waiting.accept(messages.get("common.progress.slow")));
            }
        }

        private void once(Object what, Runnable action) {
            if (!what.equals(last)) {
                last = what;
                action.run();
            }
        }
    }

    /** The device's copy, shown while it is refreshed. */
    private Freshness updating(Loaded<?> l) {
        String note = l.savedAt() == null ? messages.get("common.cached.builtInUpdating")
                : messages.get("common.cached.updating", messages.age(l.savedAt(), clock.instant()),
                messages.dateTime(l.savedAt()));
        return new Freshness(Freshness.State.UPDATING, l.savedAt(), note, false);
    }

    /** The device's copy, left standing because the refresh failed. */
    private Freshness stale(Loaded<?> l, Throwable why) {
        boolean offline = why instanceof ApiFailure.Unreachable;
        String note;
        if (offline) {
            note = l.savedAt() == null ? messages.get("common.cached.builtIn")
                    : messages.get("common.cached.text", messages.age(l.savedAt(), clock.instant()),
                    messages.dateTime(l.savedAt()));
        } else {
            note = l.savedAt() == null ? messages.get("common.cached.builtInNotUpdated", messages.failure(why))
                    : messages.get("common.cached.notUpdated", messages.age(l.savedAt(), clock.instant()),
                    messages.dateTime(l.savedAt()), messages.failure(why));
        }
        return new Freshness(offline ? Freshness.State.OFFLINE : Freshness.State.NOT_UPDATED, l.savedAt(), note, true);
    }

    public void dispose() {
        disposed = true;
    }
}

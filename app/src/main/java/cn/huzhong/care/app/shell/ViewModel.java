package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.data.DataSource;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What every view model shares: one read-only state property, published on the UI executor (the FX thread in
 * the app, a plain executor in tests, so view-model tests need no toolkit). Results that arrive after the
 * screen was left are dropped.
 */
public abstract class ViewModel<S> {
    private final ReadOnlyObjectWrapper<S> state;
    private final Executor ui;
    private volatile boolean disposed;

    protected ViewModel(S initial, Executor ui) {
        this.state = new ReadOnlyObjectWrapper<>(initial);
        this.ui = ui;
    }

    public final ReadOnlyObjectProperty<S> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public final S state() {
        return state.get();
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

    public void dispose() {
        disposed = true;
    }
}

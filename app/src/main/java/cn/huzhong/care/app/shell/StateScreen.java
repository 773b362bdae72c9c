package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.ui.Ui;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * The base of every screen that renders its view model's state: it listens to the state, renders each new one,
 * starts the first load, and disposes the view model when the screen leaves. Subclasses build their fixed parts in
 * their constructor and end it with {@link #start}.
 */
public abstract class StateScreen<S> implements Screen {
    protected final Ui ui;
    protected final VBox root;
    private final ViewModel<S> vm;

    protected StateScreen(ViewModel<S> vm, Ui ui) {
        this.vm = vm;
        this.ui = ui;
        this.root = ui.screen();
    }

    /** Renders the current state and each one after it; {@code load}, when given, starts the first read. */
    protected final void start(Runnable load) {
        vm.stateProperty().addListener((obs, old, s) -> render(s));
        if (load != null) {
            load.run();
        }
        render(vm.state());
    }

    /** Shows {@code state}; called on the FX thread. */
    protected abstract void render(S state);

    @Override
    public final Node root() {
        return root;
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}

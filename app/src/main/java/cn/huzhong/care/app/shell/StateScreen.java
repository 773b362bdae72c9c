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
        vm.stateProperty().addListener((obs, old, s) -> {
            String focused = focusedIdInside();
            render(s);
            keepFocus(focused);
        });
        if (load != null) {
            load.run();
        }
        render(vm.state());
    }

    /** The id of the focused node when it is on this screen, or null. */
    private String focusedIdInside() {
        javafx.scene.Scene scene = root.getScene();
        javafx.scene.Node owner = scene == null ? null : scene.getFocusOwner();
        for (javafx.scene.Node n = owner; n != null; n = n.getParent()) {
            if (n == root) {
                return owner.getId();
            }
        }
        return null;
    }

    /**
     * Keeps the keyboard (and a screen reader) where it was when a new state replaced the focused node: on the node
     * with the same id, if the new state has one (a chosen filter, a switch). Otherwise the scene would move focus to
     * its first control, far from what the person just did.
     */
    private void keepFocus(String id) {
        javafx.scene.Scene scene = root.getScene();
        if (id == null || scene == null) {
            return;
        }
        javafx.scene.Node owner = scene.getFocusOwner();
        if (owner != null && owner.getScene() == scene) {
            return; // still there, or the view moved focus itself (a result)
        }
        root.applyCss();
        javafx.scene.Node again = root.lookup("#" + id);
        if (again != null) {
            again.requestFocus();
        }
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

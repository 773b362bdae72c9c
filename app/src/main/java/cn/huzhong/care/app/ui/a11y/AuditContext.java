package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.DisplayMode;
import javafx.scene.Node;
import javafx.scene.Scene;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What every rule of one audit run shares: the screen, the display mode, the scene model and the findings. */
public final class AuditContext {
    private final String screen;
    private final DisplayMode mode;
    private final SceneModel model;
    private final Backdrops backdrops;
    private final Set<AuditViolation> found = new LinkedHashSet<>();
    private FocusWalk.Result walk;

    AuditContext(String screen, DisplayMode mode, SceneModel model) {
        this.screen = screen;
        this.mode = mode;
        this.model = model;
        this.backdrops = new Backdrops(model.scene());
    }

    public String screen() {
        return screen;
    }

    public DisplayMode mode() {
        return mode;
    }

    public SceneModel model() {
        return model;
    }

    public Scene scene() {
        return model.scene();
    }

    public Backdrops backdrops() {
        return backdrops;
    }

    /** The Tab walk over the screen, done once, on first use (it moves focus and restores it). */
    public FocusWalk.Result focusWalk() {
        if (walk == null) {
            walk = FocusWalk.walk(model);
        }
        return walk;
    }

    /** Records a violation of {@code rule} on {@code node} (the same one twice counts once). */
    public void report(AuditRule rule, Node node, String message) {
        found.add(new AuditViolation(screen, rule.name(), NodePaths.path(node), message));
    }

    List<AuditViolation> found() {
        return new ArrayList<>(found);
    }
}

package cn.huzhong.care.app.ui.kit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.HashSet;
import java.util.Set;

/**
 * A short result at the bottom of the screen ("已提交"), above the bottom navigation: one line that wraps when it
 * must, a close action, read out to screen readers as it appears. It goes after {@value #SECONDS} s or when
 * closed. Never the only record of something important: that is on the screen or in the inbox too.
 */
public final class Snackbar {
    public static final String ID = "snackbar";
    public static final String ID_TEXT = "snackbar-text";
    public static final String ID_CLOSE = "snackbar-close";
    public static final int SECONDS = 6;

    private final VBox slot = Ui.slot();
    private final Set<String> shown = new HashSet<>();
    private PauseTransition timer;

    public Node node() {
        return slot;
    }

    /**
     * Shows {@code text} once for {@code key} on the current screen (a view may render the same state again without
     * repeating it); {@link #newScreen} forgets the keys.
     */
    public void show(Ui ui, String key, String text) {
        if (!shown.add(key)) {
            return;
        }
        Label label = Ui.text(text, Styles.SNACKBAR_TEXT);
        label.setId(ID_TEXT);
        HBox.setHgrow(label, Priority.ALWAYS);
        Button close = ui.iconButton(MaterialDesignC.CLOSE, ui.t("common.snackbar.close"), this::clear);
        close.setId(ID_CLOSE);
        close.getStyleClass().add(Styles.ON_DARK);
        HBox bar = new HBox(label, close);
        bar.setId(ID);
        bar.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        bar.getStyleClass().add(Styles.SNACKBAR);
        slot.getChildren().setAll(bar);
        A11y.announce(slot, text);
        if (timer != null) {
            timer.stop();
        }
        timer = new PauseTransition(Duration.seconds(SECONDS));
        timer.setOnFinished(e -> clear());
        timer.play();
    }

    public void clear() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
        slot.getChildren().clear();
    }

    /** A new screen: what was said on the last one goes, and its keys may be said again. */
    public void newScreen() {
        shown.clear();
        clear();
    }
}

package cn.huzhong.care.app.ui.kit;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * A picker as a form shows it: its label above, the picker, its error line under it. {@code showError} shows (or,
 * with null, clears) the error under the picker and on the control a screen reader reads; {@code focusTarget} is
 * where focus goes when it is the first field in error.
 */
public record Picker(VBox box, Label label, Control focusTarget, Label error, Consumer<String> showError) {
    public Node node() {
        return box;
    }
}

package cn.huzhong.care.app.ui.kit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;

/**
 * The layer above the page where dialogs and bottom sheets open (the kit's answer to a phone's modal surfaces).
 * While one is open the page beneath is dimmed and disabled, so Tab and a screen reader stay inside it; it opens
 * with focus on its first action (the safe choice, which always comes first) and its title and text announced;
 * Escape (a phone's back key) closes it as its safe choice would (a tap beside it does not: an unsteady hand
 * must not lose what it was doing); focus then returns to where it was. At 150 %
 * text and above a dialog fills the screen, its actions always visible under its scrolling text.
 * <p>
 * Views show one from their render method: showing the same {@link Spec#id} again while it is open replaces its
 * content in place (a state change inside it) without moving focus.
 */
public final class Overlay {
    public static final String ID_SCRIM = "overlay-scrim";

    /** What an action in a dialog does to the person's data. */
    public enum Tone {
        /** Leaves everything as it was: "不取消", "返回修改". */
        SAFE,
        /** Goes ahead: "提交", "确定". */
        CONFIRM,
        /** Destroys or undoes something: "确认取消预约". Error colour, outlined, never the filled primary look. */
        DANGER
    }

    /** One action at the foot of a dialog. {@code busy} disables it (while its request is on its way). */
    public record Action(String id, String text, Tone tone, Runnable run, boolean busy) {
        public Action(String id, String text, Tone tone, Runnable run) {
            this(id, text, tone, run, false);
        }
    }

    /**
     * A dialog ({@code sheet} false: centred) or a bottom sheet (anchored to the bottom edge, for pickers and
     * choices). {@code onDismiss} runs on Escape or a tap on the dimmed page; null when it may not be dismissed
     * that way (something is being sent).
     */
    public record Spec(String id, String title, List<Node> body, List<Action> actions, Runnable onDismiss, boolean sheet) {
        public Spec {
            Objects.requireNonNull(id);
            body = List.copyOf(body);
            actions = List.copyOf(actions);
        }
    }

    private final StackPane layer = new StackPane();
    private final Node page;
    private Spec open;
    private Node returnFocus;

    /** @param page what the overlay covers (disabled while a dialog is open) */
    public Overlay(Node page) {
        this.page = page;
        layer.setPickOnBounds(false);
        layer.setVisible(false);
        layer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && open != null) {
                e.consume();
                if (open.onDismiss() != null) {
                    open.onDismiss().run();
                }
            }
        });
    }

    /** The node to stack above the page. */
    public Node layer() {
        return layer;
    }

    public boolean isOpen() {
        return open != null;
    }

    /** The id of the open dialog, or null. */
    public String openId() {
        return open == null ? null : open.id();
    }

    /** Opens {@code spec}, or updates it in place when a dialog with the same id is open. */
    public void show(Ui ui, Spec spec) {
        boolean fresh = open == null || !open.id().equals(spec.id());
        if (fresh && open == null) {
            returnFocus = layer.getScene() == null ? null : layer.getScene().getFocusOwner();
        }
        open = spec;
        Node surface = surface(ui, spec);
        StackPane scrim = new StackPane(surface);
        scrim.setId(ID_SCRIM);
        A11y.modal(scrim); // a screen reader sees the dialog only, as Tab does
        scrim.getStyleClass().add(Styles.SCRIM);
        boolean edge = spec.sheet() || fullScreen(ui);
        scrim.setAlignment(edge ? Pos.BOTTOM_CENTER : Pos.CENTER);
        if (edge) {
            scrim.getStyleClass().add("hz-scrim-edge");
        }
        layer.getChildren().setAll(scrim);
        layer.setVisible(true);
        layer.setPickOnBounds(true);
        page.setDisable(true);
        if (fresh) {
            Platform.runLater(() -> {
                Node first = layer.lookup("." + Styles.DIALOG_ACTION);
                (first != null ? first : surface).requestFocus();
                StringBuilder said = new StringBuilder(spec.title());
                for (Node n : spec.body()) {
                    if (n instanceof Label l && l.getText() != null && !l.getText().isBlank()) {
                        said.append(' ').append(l.getText());
                    }
                }
                A11y.announce(layer, said.toString());
            });
        }
    }

    /** Closes the dialog with {@code id} when it is the open one; focus goes back where it was before it opened. */
    public void close(String id) {
        if (open != null && open.id().equals(id)) {
            close();
        }
    }

    /** Closes whatever is open. */
    public void close() {
        if (open == null) {
            return;
        }
        open = null;
        layer.getChildren().clear();
        layer.setVisible(false);
        layer.setPickOnBounds(false);
        page.setDisable(false);
        Node back = returnFocus;
        returnFocus = null;
        if (back != null && back.getScene() != null && !back.isDisabled()) {
            Platform.runLater(back::requestFocus);
        }
    }

    private static boolean fullScreen(Ui ui) {
        return ui.mode().textScale() >= 1.5;
    }

    private Node surface(Ui ui, Spec spec) {
        Label title = Ui.heading(spec.title());
        title.setId(spec.id() + "-title");
        VBox body = new VBox();
        body.getStyleClass().add(Styles.DIALOG_BODY);
        body.getChildren().addAll(spec.body());
        ScrollPane scroll = Ui.scroll(body);
        scroll.getStyleClass().add(Styles.DIALOG_SCROLL);
        scroll.setMinHeight(0);
        // a centred dialog is as tall as its text once wrapped to its width (a ScrollPane asks for the unwrapped, one-line
        // height, which left a short text scrolling behind a single visible line); at most the cap set below
        if (!spec.sheet() && !fullScreen(ui)) {
            scroll.prefViewportHeightProperty().bind(body.heightProperty());
        }
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox actions = new VBox();
        actions.getStyleClass().add(Styles.DIALOG_ACTIONS);
        // the actions never shrink: the text above them scrolls instead
        actions.setMinHeight(Region.USE_PREF_SIZE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        // the safe choice first (in reading and Tab order), whatever order the view listed them in
        spec.actions().stream().filter(a -> a.tone() == Tone.SAFE).forEach(a -> actions.getChildren().add(button(ui, a)));
        spec.actions().stream().filter(a -> a.tone() != Tone.SAFE).forEach(a -> actions.getChildren().add(button(ui, a)));
        VBox card = new VBox(title, scroll, actions);
        card.getStyleClass().add(Styles.DIALOG);
        if (spec.sheet()) {
            card.getStyleClass().add(Styles.SHEET);
        }
        card.setId(spec.id());
        card.setFillWidth(true);
        if (fullScreen(ui)) {
            card.getStyleClass().add(Styles.DIALOG_FULL);
            card.setMaxWidth(Double.MAX_VALUE);
            card.setMaxHeight(Double.MAX_VALUE);
        } else {
            card.setMaxWidth(spec.sheet() ? Double.MAX_VALUE : ui.mode().fontPx() * 26);
            card.setMaxHeight(Region.USE_PREF_SIZE);
            // never taller than the screen: the text scrolls, the title and the actions stay
            scroll.maxHeightProperty().bind(layer.heightProperty().multiply(0.55));
        }
        return card;
    }

    private static Button button(Ui ui, Action a) {
        Button b = switch (a.tone()) {
            case CONFIRM -> ui.primary(a.text(), a.run());
            case SAFE -> ui.secondary(a.text(), null, a.run());
            case DANGER -> ui.danger(a.text(), a.run());
        };
        b.getStyleClass().add(Styles.DIALOG_ACTION);
        b.setId(a.id());
        b.setDisable(a.busy());
        return b;
    }
}

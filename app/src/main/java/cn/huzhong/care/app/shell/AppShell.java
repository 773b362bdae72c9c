package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Theme;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.time.Clock;

/**
 * The frame around every screen, top to bottom in reading order: the app bar (back, title, settings), whom a
 * carer is acting for (on home with the way to switch to another linked resident), the offline banner with the
 * last sync time, the screen itself (scrolling vertically only), and the call panel when a call is being made. A
 * change of display mode re-renders everything.
 */
public final class AppShell {
    public static final String ID_BACK = "shell-back";
    public static final String ID_TITLE = "shell-title";
    public static final String ID_SETTINGS = "shell-settings";
    public static final String ID_OFFLINE = "shell-offline-banner";
    public static final String ID_ACTING_FOR = "shell-acting-for";
    public static final String ID_SWITCH = "shell-switch-person";
    public static final String ID_CALL_PANEL = "shell-call-panel";
    public static final String ID_CALL_NUMBER = "shell-call-number";
    public static final String ID_CALL_COPY = "shell-call-copy";
    public static final String ID_CALL_CLOSE = "shell-call-close";
    public static final String ID_CONTENT = "shell-content";

    private final VBox root = new VBox();
    private final Navigator navigator;
    private final ShellViewModel vm;
    private final Calls calls;
    private final ScreenFactory screens;
    private final Clock clock;
    private DisplayMode mode;
    private Ui ui;
    private Screen screen;

    public AppShell(ShellViewModel vm, Calls calls, ScreenFactory screens, DisplayMode mode, Clock clock) {
        this.vm = vm;
        this.navigator = vm.navigator();
        this.calls = calls;
        this.screens = screens;
        this.clock = clock;
        this.mode = mode;
        root.setFillWidth(true);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && navigator.back()) {
                e.consume();
            }
        });
        navigator.currentProperty().addListener((obs, old, d) -> {
            if (d != null) {
                navigated = true;
                render();
            }
        });
        vm.stateProperty().addListener((obs, old, s) -> render());
        // keep what has keyboard focus on screen: the ScrollPane does not follow focus by itself
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> {
                    if (focused != null) {
                        javafx.application.Platform.runLater(() -> reveal(focused));
                    }
                });
            }
        });
        calls.currentProperty().addListener((obs, old, c) -> render());
        render();
    }

    public Parent root() {
        return root;
    }

    /** Applies a new display mode live: theme, text size, language. */
    public void setMode(DisplayMode mode) {
        this.mode = mode;
        if (root.getScene() != null) {
            Theme.apply(root.getScene(), mode);
        }
        screenStale = true;
        render();
    }

    /** Set by navigation (even to the same destination, which then reloads), consumed by render. */
    private boolean navigated;
    /** Set by a display-mode change: the same screen is built again in the new mode. */
    private boolean screenStale;
    private boolean newScreen;
    private Calls.Call callShown;

    private void render() {
        Destination d = navigator.current();
        if (d == null) {
            return;
        }
        ui = new Ui(mode, Messages.of(mode.lang()), clock);
        if (screen == null || navigated || screenStale) {
            if (screen != null) {
                screen.dispose();
            }
            newScreen = screen == null || navigated;
            screen = screens.create(d, ui);
            contentPane = null;
            navigated = false;
            screenStale = false;
        }
        rebuildFrame();
    }

    private void rebuildFrame() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        String focusedId = focused == null ? null : focused.getId();
        java.util.List<Node> parts = new java.util.ArrayList<>();
        for (Node n : new Node[]{appBar(), actingFor(), offlineBanner(), content(), callPanel()}) {
            if (n != null) {
                parts.add(n);
            }
        }
        root.getChildren().setAll(parts);
        Calls.Call call = calls.currentProperty().get();
        boolean callAppeared = call != null && !call.equals(callShown) && call.status() == Calls.Status.DIALING;
        callShown = call;
        if (callAppeared) {
            // the number to dial is what matters now: take the reader to it
            Node copy = root.lookup("#" + ID_CALL_COPY);
            if (copy != null) {
                javafx.application.Platform.runLater(copy::requestFocus);
            }
            return;
        }
        if (newScreen) {
            newScreen = false;
            // a new screen starts at its top: the back action, or the first thing on it
            javafx.application.Platform.runLater(() -> {
                Node back = root.lookup("#" + ID_BACK);
                if (back != null) {
                    back.requestFocus();
                } else if (root.getScene() != null) {
                    root.requestFocus();
                }
            });
            return;
        }
        // keep the keyboard (and screen reader) where it was: the same node, or the one with the same id
        if (focused != null && root.getScene() != null) {
            if (isInside(focused, root)) {
                focused.requestFocus();
            } else if (focusedId != null) {
                Node again = root.lookup("#" + focusedId);
                if (again != null) {
                    again.requestFocus();
                }
            }
        }
    }

    /**
     * Scrolls the screen so that {@code node} and a little below it (a field's error line) are visible.
     */
    void reveal(Node node) {
        ScrollPane sp = contentPane;
        if (sp == null || sp.getContent() == null || !isInside(node, (Parent) sp.getContent())) {
            return;
        }
        Node content = sp.getContent();
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentH = content.getBoundsInLocal().getHeight();
        double viewH = sp.getViewportBounds().getHeight();
        if (b == null || contentH <= viewH) {
            return;
        }
        double margin = mode.fontPx() * 3;
        double above = mode.fontPx() * 2.5; // the field's label
        double top = sp.getVvalue() * (contentH - viewH);
        double target = top;
        if (b.getMinY() < top) {
            target = b.getMinY() - above;
        } else if (b.getMaxY() + margin > top + viewH) {
            target = Math.min(b.getMinY() - above, b.getMaxY() + margin - viewH);
        }
        target = Math.max(0, Math.min(target, contentH - viewH));
        if (target != top) {
            sp.setVvalue(target / (contentH - viewH));
        }
    }

    private static boolean isInside(Node n, Parent p) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == p) {
                return true;
            }
        }
        return false;
    }

    private HBox appBar() {
        HBox bar = new HBox();
        bar.getStyleClass().add(Styles.APP_BAR);
        if (navigator.canGoBackProperty().get()) {
            Button back = ui.iconButton(MaterialDesignA.ARROW_LEFT, ui.t("shell.back.label"), navigator::back);
            back.setId(ID_BACK);
            bar.getChildren().add(back);
        }
        Label title = Ui.text(screen.title());
        title.setId(ID_TITLE);
        HBox.setHgrow(title, Priority.ALWAYS);
        bar.getChildren().add(title);
        if (!(navigator.current() instanceof Destination.Settings)) {
            Button settings = ui.iconButton(MaterialDesignC.COG, ui.t("shell.settings.label"),
                    () -> navigator.go(new Destination.Settings()));
            settings.setId(ID_SETTINGS);
            bar.getChildren().add(settings);
        }
        return bar;
    }

    private Node actingFor() {
        ShellViewModel.ShellUiState s = vm.stateProperty().get();
        Destination d = navigator.current();
        if (s.actingFor() == null || !d.needsSession()) {
            return null;
        }
        String who = s.actingFor().relationship() == null || s.actingFor().relationship().isBlank()
                ? s.actingFor().name()
                : ui.t("shell.actingFor.withRelationship", s.actingFor().name(), s.actingFor().relationship());
        Label l = ui.status(ui.t("shell.actingFor.text", who), Styles.Tone.INFO);
        l.setGraphic(ui.icon(MaterialDesignA.ACCOUNT_SUPERVISOR));
        VBox box = new VBox(l);
        // the way to switch is offered on home only: elsewhere the bar stays one line, leaving the screen its room
        if (s.canSwitch() && d instanceof Destination.Home) {
            Button change = ui.secondary(ui.t("shell.actingFor.switch"), MaterialDesignA.ACCOUNT_SWITCH, vm::switchPerson);
            change.setAccessibleText(ui.t("shell.actingFor.switchSpoken", s.actingFor().name()));
            change.setId(ID_SWITCH);
            box.getChildren().add(change);
            box.setSpacing(ui.mode().fontPx() * 0.4);
        }
        box.getStyleClass().add(Styles.ACTING_FOR);
        box.setId(ID_ACTING_FOR);
        return box;
    }

    private Node offlineBanner() {
        ShellViewModel.ShellUiState s = vm.stateProperty().get();
        if (!s.offline()) {
            return null;
        }
        String text = s.lastSync() == null
                ? ui.t("shell.offline.never")
                : ui.t("shell.offline.since", ui.messages().dateTime(s.lastSync()),
                        ui.messages().age(s.lastSync(), clock.instant()));
        Label l = ui.status(text, Styles.Tone.WARN);
        l.setGraphic(ui.icon(MaterialDesignW.WIFI_OFF));
        VBox box = new VBox(l);
        box.getStyleClass().add(Styles.BANNER);
        box.setId(ID_OFFLINE);
        return box;
    }

    private ScrollPane contentPane;

    /** One scroll pane per screen, so a banner appearing does not lose the reading position. */
    private Node content() {
        if (contentPane == null) {
            contentPane = Ui.scroll(screen.root());
            contentPane.setId(ID_CONTENT);
            VBox.setVgrow(contentPane, Priority.ALWAYS);
        }
        return contentPane;
    }

    private Node callPanel() {
        Calls.Call c = calls.currentProperty().get();
        if (c == null) {
            return null;
        }
        Label heading = Ui.heading(ui.t("shell.call.heading", c.name()));
        Label number = Ui.text(c.number(), Styles.BIG_NUMBER);
        number.setId(ID_CALL_NUMBER);
        number.setAccessibleText(ui.t("shell.call.number", Ui.digits(c.number())));
        String statusText = switch (c.status()) {
            case DIALING -> ui.t("shell.call.dialing");
            case HANDED_TO_SYSTEM -> ui.t("shell.call.handed");
            case DIAL_YOURSELF -> ui.t("shell.call.dialYourself");
        };
        Label status = ui.status(statusText, c.status() == Calls.Status.DIAL_YOURSELF ? Styles.Tone.WARN : Styles.Tone.INFO);
        status.setGraphic(ui.icon(MaterialDesignP.PHONE));
        Button copy = ui.secondary(ui.t("shell.call.copy", c.number()), MaterialDesignC.CONTENT_COPY, () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(c.number());
            Clipboard.getSystemClipboard().setContent(content);
        });
        copy.setId(ID_CALL_COPY);
        Button close = ui.secondary(ui.t("shell.call.close"), MaterialDesignC.CLOSE, calls::dismiss);
        close.setId(ID_CALL_CLOSE);
        VBox panel = new VBox(heading, number, status, copy, close);
        panel.getStyleClass().add(Styles.CALL_PANEL);
        panel.setId(ID_CALL_PANEL);
        A11y.action(copy, "call.copy");
        return panel;
    }
}

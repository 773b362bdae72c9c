package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.platform.Platforms;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Theme;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.a11y.bridge.ReadAloud;
import cn.huzhong.care.app.ui.a11y.bridge.ScreenReaderLink;
import cn.huzhong.care.app.ui.kit.AppBar;
import cn.huzhong.care.app.ui.kit.Banner;
import cn.huzhong.care.app.ui.kit.BottomNav;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.app.ui.kit.Snackbar;
import cn.huzhong.care.core.api.PersonRef;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The frame around every screen, as a phone app has it, top to bottom in reading order: the app bar (back, title,
 * at most two actions), the banners that stay (whom a carer acts for; offline with the last sync time), the screen
 * itself (scrolling vertically only), its pinned bottom actions, the snackbar, and on the main places the bottom
 * navigation (home, services, messages with the unread count, me). Dialogs and bottom sheets (the call sheet among
 * them) open in a layer above it all. A change of display mode rebuilds the screen in the new mode.
 */
public final class AppShell {
    public static final String ID_BACK = AppBar.ID_BACK;
    public static final String ID_TITLE = AppBar.ID_TITLE;
    public static final String ID_SETTINGS = "shell-settings";
    public static final String ID_OFFLINE = "shell-offline-banner";
    public static final String ID_ACTING_FOR = "shell-acting-for";
    public static final String ID_SWITCH = "shell-switch-person";
    public static final String ID_BANNER_SHEET = "shell-banner-sheet";
    public static final String ID_BANNER_CLOSE = "shell-banner-close";
    public static final String ID_CALL_PANEL = "shell-call-panel";
    public static final String ID_CALL_NUMBER = "shell-call-number";
    public static final String ID_CALL_COPY = "shell-call-copy";
    public static final String ID_CALL_CLOSE = "shell-call-close";
    public static final String ID_CALL_COPIED = "shell-call-copied";
    public static final String ID_CONTENT = "shell-content";
    public static final String ID_BOTTOM_ACTIONS = "shell-bottom-actions";
    public static final String NAV_PREFIX = "nav-";

    private final StackPane root = new StackPane();
    private final VBox frame = new VBox();
    private final Overlay overlay = new Overlay(frame);
    private final Snackbar snackbar = new Snackbar();
    /** 朗读本页: the app bar's read-aloud action on every screen (see ReadAloud). */
    private final ReadAloud readAloud = new ReadAloud(Platforms::speech);
    private final Navigator navigator;
    private final ShellViewModel vm;
    private final Calls calls;
    private final ScreenFactory screens;
    private final Clock clock;
    private final Supplier<CompletableFuture<Long>> unread;
    private DisplayMode mode;
    private Ui ui;
    private Screen screen;
    private Long unreadCount;

    /**
     * @param unread the unread messages of the person acted for (for the badge on "messages"), asked off the FX
     *               thread each time a main place opens; it completes on any thread
     */
    public AppShell(ShellViewModel vm, Calls calls, ScreenFactory screens, DisplayMode mode, Clock clock,
                    Supplier<CompletableFuture<Long>> unread) {
        this.vm = vm;
        this.navigator = vm.navigator();
        this.calls = calls;
        this.screens = screens;
        this.clock = clock;
        this.mode = mode;
        this.unread = unread;
        frame.setFillWidth(true);
        root.getChildren().addAll(frame, overlay.layer());
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
            readAloud.attach(scene);
            if (scene != null) {
                // phones: TalkBack and VoiceOver read the screen through the native bridge (none on the desktop)
                Platforms.screenReader().ifPresent(b -> ScreenReaderLink.connect(scene, b, () -> this.mode.lang().tag()));
                scene.focusOwnerProperty().addListener((o, was, focused) -> {
                    if (focused != null) {
                        Platform.runLater(() -> reveal(focused));
                    }
                });
            }
        });
        calls.currentProperty().addListener((obs, old, c) -> showCall());
        readAloud.stateProperty().addListener((obs, old, now) -> rebuildFrame());
        render();
    }

    public Parent root() {
        return root;
    }

    /** The app bar's "read this page aloud" (朗读本页). */
    public ReadAloud readAloud() {
        return readAloud;
    }

    /** Where this shell's dialogs and sheets open. */
    public Overlay overlay() {
        return overlay;
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

    private void render() {
        Destination d = navigator.current();
        if (d == null) {
            return;
        }
        ui = new Ui(mode, Messages.of(mode.lang()), clock, overlay, snackbar);
        if (screen == null || navigated || screenStale) {
            if (screen != null) {
                screen.dispose();
            }
            newScreen = screen == null || navigated;
            if (newScreen) {
                snackbar.newScreen();
            }
            overlay.close();
            screen = screens.create(d, ui);
            contentPane = null;
            navigated = false;
            screenStale = false;
            if (newScreen && d.place() != null) {
                refreshUnread();
            }
        }
        boolean arrived = newScreen;
        rebuildFrame();
        if (arrived) {
            readAloud.newScreen(screen.title(), mode.lang()); // stops reading the last screen
        }
        if (calls.currentProperty().get() != null && !overlay.isOpen()) {
            showCall();
        }
    }

    private void rebuildFrame() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        String focusedId = focused == null ? null : focused.getId();
        List<Node> parts = new ArrayList<>();
        parts.add(appBar());
        addIfPresent(parts, actingFor());
        addIfPresent(parts, offlineBanner());
        parts.add(content());
        addIfPresent(parts, bottomActions());
        parts.add(snackbar.node());
        addIfPresent(parts, bottomNav());
        frame.getChildren().setAll(parts);
        if (overlay.isOpen()) {
            return;
        }
        if (newScreen) {
            newScreen = false;
            // a new screen starts at its top: the back action, or the first thing on it
            Platform.runLater(() -> {
                if (overlay.isOpen()) {
                    return;
                }
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

    private static void addIfPresent(List<Node> parts, Node n) {
        if (n != null) {
            parts.add(n);
        }
    }

    /** Scrolls the screen so that {@code node} and a little below it (a field's error line) are visible. */
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

    // ---- app bar ----

    private Node appBar() {
        Destination d = navigator.current();
        ShellViewModel.ShellUiState s = vm.stateProperty().get();
        boolean nav = showsNav(d, s);
        Runnable back = !nav && navigator.canGoBackProperty().get() ? navigator::back : null;
        List<AppBar.Action> actions = new ArrayList<>();
        // settings are a place of their own once signed in; before that, the bar leads to them (at large text only from
        // a screen without "back", whose title would otherwise be squeezed to a few letters a line: back leads there)
        if (!s.signedIn() && !(d instanceof Destination.Settings) && (back == null || ui.mode().textScale() < 1.5)) {
            actions.add(new AppBar.Action(ID_SETTINGS, MaterialDesignC.COG, ui.t("shell.settings.label"),
                    () -> navigator.go(new Destination.Settings())));
        }
        actions.add(readAloud.action(ui, root::getScene));
        return AppBar.create(ui, title(d, s), back, actions);
    }

    /** The screen's title; with whose data it shows when a carer acts for someone ("刘洋的补贴"). */
    private String title(Destination d, ShellViewModel.ShellUiState s) {
        String title = screen.title();
        if (s.actingFor() != null && screen.aboutPerson()) {
            return ui.t("shell.title.forPerson", s.actingFor().name(), title);
        }
        return title;
    }

    // ---- banners ----

    private Node actingFor() {
        ShellViewModel.ShellUiState s = vm.stateProperty().get();
        Destination d = navigator.current();
        PersonRef p = s.actingFor();
        if (p == null || !d.needsSession()) {
            return null;
        }
        String full = relationText(p);
        VBox banner = Banner.create(ui, ID_ACTING_FOR, Styles.ACTING_FOR, MaterialDesignA.ACCOUNT_SUPERVISOR,
                ui.t("shell.actingFor.short", p.name()), full, () -> bannerSheet(ui.t("shell.actingFor.heading"), full,
                        s.canSwitch()));
        // on home, with the whole text showing, the way to act for someone else is in the bar itself
        if (s.canSwitch() && d instanceof Destination.Home && ui.mode().textScale() < 1.5) {
            javafx.scene.control.Button change = ui.secondary(ui.t("shell.actingFor.switch"),
                    MaterialDesignA.ACCOUNT_SWITCH, vm::switchPerson);
            change.setAccessibleText(ui.t("shell.actingFor.switchSpoken", p.name()));
            change.setId(ID_SWITCH);
            banner.getChildren().add(change);
        }
        return banner;
    }

    /** "您正在为刘洋办理（您是刘洋的母亲）" / "You are acting for 刘洋 (you are 刘洋's mother)". */
    private String relationText(PersonRef p) {
        return p.relationship() == null || p.relationship().isBlank()
                ? ui.t("shell.actingFor.text", p.name())
                : ui.t("shell.actingFor.withRelationship", p.name(), p.relationship());
    }

    private Node offlineBanner() {
        ShellViewModel.ShellUiState s = vm.stateProperty().get();
        if (!s.offline()) {
            return null;
        }
        String full = vm.offlineText(ui.messages());
        String shortText = ui.t("shell.offline.short");
        return Banner.create(ui, ID_OFFLINE, Styles.OFFLINE, MaterialDesignW.WIFI_OFF, shortText, full,
                () -> bannerSheet(ui.t("shell.offline.heading"), full, false));
    }

    /** The full text of a compact banner, in a sheet; for a carer with several people, the way to switch. */
    private void bannerSheet(String title, String text, boolean canSwitch) {
        List<Overlay.Action> actions = new ArrayList<>();
        actions.add(new Overlay.Action(ID_BANNER_CLOSE, ui.t("common.close"), Overlay.Tone.SAFE,
                () -> overlay.close(ID_BANNER_SHEET)));
        if (canSwitch) {
            actions.add(new Overlay.Action(ID_SWITCH, ui.t("shell.actingFor.switch"), Overlay.Tone.CONFIRM, () -> {
                overlay.close(ID_BANNER_SHEET);
                vm.switchPerson();
            }));
        }
        overlay.show(ui, new Overlay.Spec(ID_BANNER_SHEET, title, List.of(Ui.body(text)), actions,
                () -> overlay.close(ID_BANNER_SHEET), true));
    }

    // ---- content and bottom actions ----

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

    private Node bottomActions() {
        List<Node> actions = screen.bottomActions();
        if (actions.isEmpty()) {
            return null;
        }
        VBox box = new VBox();
        box.getChildren().setAll(actions);
        box.setId(ID_BOTTOM_ACTIONS);
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getStyleClass().add(Styles.BOTTOM_ACTIONS);
        return box;
    }

    // ---- bottom navigation ----

    private static boolean showsNav(Destination d, ShellViewModel.ShellUiState s) {
        return d.place() != null && s.signedIn();
    }

    private Node bottomNav() {
        Destination d = navigator.current();
        ShellViewModel.ShellUiState s = vm.stateProperty().get();
        if (!showsNav(d, s)) {
            return null;
        }
        Destination.Place here = d.place();
        cn.huzhong.care.core.domain.Role role = s.role();
        List<BottomNav.Item> items;
        if (role == cn.huzhong.care.core.domain.Role.VOLUNTEER) {
            items = volunteerPlaces(here);
        } else if (role == cn.huzhong.care.core.domain.Role.STAFF) {
            items = staffPlaces(here);
        } else {
            items = residentPlaces(here, s.forResident());
        }
        return BottomNav.create(ui, items);
    }

    /** A resident's and a carer's places: home, services, messages (with the unread count), me. */
    private List<BottomNav.Item> residentPlaces(Destination.Place here, boolean forResident) {
        List<BottomNav.Item> items = new ArrayList<>();
        items.add(item(Destination.Place.HOME, "nav.home", MaterialDesignH.HOME, here, null, new Destination.Home()));
        if (forResident) {
            items.add(item(Destination.Place.SERVICES, "nav.services", MaterialDesignH.HAND_HEART, here, null,
                    new Destination.Services()));
            items.add(item(Destination.Place.MESSAGES, "nav.messages", MaterialDesignM.MESSAGE_TEXT, here, unreadCount,
                    new Destination.Inbox()));
        }
        items.add(item(Destination.Place.ME, "nav.me", MaterialDesignA.ACCOUNT_CIRCLE, here, null,
                new Destination.Settings()));
        return items;
    }

    // ---- volunteers' places (issue 8: the volunteer engineer edits only this method) ----
    /** A volunteer's places: open tasks near them (their home), their own tasks with their hours, me. */
    private List<BottomNav.Item> volunteerPlaces(Destination.Place here) {
        List<BottomNav.Item> items = new ArrayList<>();
        items.add(item(Destination.Place.HOME, "volunteer.nav.open", MaterialDesignH.HAND_HEART, here, null,
                new Destination.Home()));
        items.add(item(Destination.Place.TASKS, "volunteer.nav.mine", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, here, null,
                new Destination.MyTasks()));
        items.add(item(Destination.Place.ME, "nav.me", MaterialDesignA.ACCOUNT_CIRCLE, here, null,
                new Destination.Settings()));
        return items;
    }

    // ---- staff's places (issue 8: the staff engineer edits only this method) ----
    private List<BottomNav.Item> staffPlaces(Destination.Place here) {
        List<BottomNav.Item> items = new ArrayList<>();
        items.add(item(Destination.Place.HOME, "nav.staff.queues",
                org.kordamp.ikonli.materialdesign2.MaterialDesignF.FORMAT_LIST_CHECKS, here, null, new Destination.Home()));
        items.add(item(Destination.Place.SEARCH, "nav.staff.search", org.kordamp.ikonli.materialdesign2.MaterialDesignM.MAGNIFY,
                here, null, new Destination.StaffSearch()));
        items.add(item(Destination.Place.INDICATORS, "nav.staff.indicators",
                org.kordamp.ikonli.materialdesign2.MaterialDesignC.CHART_BAR, here, null, new Destination.Indicators()));
        items.add(item(Destination.Place.ME, "nav.me", MaterialDesignA.ACCOUNT_CIRCLE, here, null,
                new Destination.Settings()));
        return items;
    }

    private BottomNav.Item item(Destination.Place place, String key, org.kordamp.ikonli.Ikon icon,
                                Destination.Place here, Long count, Destination target) {
        String text = ui.t(key);
        String badge = count == null || count == 0 ? null : count > 99 ? "99+" : Long.toString(count);
        String spoken = badge == null ? text : ui.t("nav.unread.spoken", text, count);
        return new BottomNav.Item(NAV_PREFIX + place.name().toLowerCase(java.util.Locale.ROOT), text, icon,
                place == here, badge, spoken, () -> navigator.open(target));
    }

    private void refreshUnread() {
        if (unread == null || !vm.stateProperty().get().forResident()) {
            return;
        }
        CompletableFuture<Long> f;
        try {
            f = unread.get();
        } catch (RuntimeException e) {
            return;
        }
        f.whenComplete((n, error) -> Platform.runLater(() -> {
            Long next = error == null ? n : unreadCount;
            if (!java.util.Objects.equals(next, unreadCount)) {
                unreadCount = next;
                rebuildFrame();
            }
        }));
    }

    /** Says the badge is out of date (a message was read): asks again. */
    public void unreadChanged() {
        refreshUnread();
    }

    // ---- calls ----

    /** The number being called, large, with a copy action: a sheet over whatever screen the call came from. */
    private String copiedNumber;

    private void showCall() {
        Calls.Call c = calls.currentProperty().get();
        if (c == null) {
            copiedNumber = null;
            overlay.close(ID_CALL_PANEL);
            return;
        }
        if (ui == null) {
            return;
        }
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
        List<Node> body = new ArrayList<>(List.of(number, status));
        if (c.number().equals(copiedNumber)) {
            Label copied = ui.status(ui.t("shell.call.copied", c.number()), Styles.Tone.OK);
            copied.setId(ID_CALL_COPIED);
            body.add(copied);
        }
        // both are harmless: copying the number (what a person who must dial themselves needs) comes first
        List<Overlay.Action> actions = List.of(
                new Overlay.Action(ID_CALL_COPY, ui.t("shell.call.copy", c.number()), Overlay.Tone.SAFE, () -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(c.number());
                    Clipboard.getSystemClipboard().setContent(content);
                    copiedNumber = c.number();
                    showCall();
                    Ui.result(root.lookup("#" + ID_CALL_COPIED), ui.t("shell.call.copied", c.number()));
                }),
                new Overlay.Action(ID_CALL_CLOSE, ui.t("shell.call.close"), Overlay.Tone.SAFE, calls::dismiss));
        overlay.show(ui, new Overlay.Spec(ID_CALL_PANEL, ui.t("shell.call.heading", c.name()), body, actions,
                calls::dismiss, true));
    }
}

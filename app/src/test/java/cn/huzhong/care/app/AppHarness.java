package cn.huzhong.care.app;

import cn.huzhong.care.app.data.Api;
import cn.huzhong.care.app.data.AppSettings;
import cn.huzhong.care.app.data.remote.ApiClient;
import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.FakeDialer;
import cn.huzhong.care.app.platform.desktop.DirectoryStorage;
import cn.huzhong.care.app.shell.AppShell;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.Theme;
import cn.huzhong.care.app.ui.audit.AccessibilityAudit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the real app headless (Monocle) on the primary stage, against the embedded server with demo data in a
 * data directory of the test's choosing, with a fake dialer. Helpers find nodes by id, tap them like a finger
 * (scrolling them into view first), wait for the screen to settle, audit, and take pictures.
 */
public final class AppHarness implements AutoCloseable {
    public static final String DEMO_PASSWORD = "demo1234";
    public static final double WIDTH = AppMain.WIDTH;
    public static final double HEIGHT = AppMain.HEIGHT;
    /**
     * When every harness run starts: Tuesday 1 December 2026, 10:00 in Huzhong. The app and its embedded server run
     * on one clock that starts here (and moves on with real time, so timers and rate limits behave): the demo
     * district is seeded relative to it, so every run shows the same dates, in tests and in the screenshots.
     */
    public static final Instant START = Instant.parse("2026-12-01T02:00:00Z");

    private final App app;
    private final Stage stage;
    private final OutboxTimer outboxTimer;
    private final FxRobot robot = new FxRobot();
    private final FakeDialer dialer;

    private AppHarness(App app, Stage stage, FakeDialer dialer, OutboxTimer outboxTimer) {
        this.app = app;
        this.stage = stage;
        this.dialer = dialer;
        this.outboxTimer = outboxTimer;
    }

    /**
     * The outbox's timer in the harness: it keeps the retries the outbox schedules and runs them when a test says
     * their time has come ({@link #outboxRetryComes()}), so no retry redraws a list while a test is tapping it.
     */
    static final class OutboxTimer implements cn.huzhong.care.app.data.DeviceOutbox.Scheduler {
        private final java.util.concurrent.BlockingQueue<Runnable> due = new java.util.concurrent.LinkedBlockingQueue<>();

        @Override
        public void schedule(Runnable task, Duration after) {
            due.add(task);
        }

        @Override
        public void close() {
            due.clear();
        }
    }

    /** The time of the outbox's scheduled retries has come: they run (then the screen settles). */
    public void outboxRetryComes() {
        java.util.List<Runnable> now = new java.util.ArrayList<>();
        outboxTimer.due.drainTo(now);
        if (now.isEmpty()) {
            throw new AssertionError("the outbox scheduled no retry");
        }
        now.forEach(Runnable::run);
        settle();
    }

    public static AppHarness start(Path dataDir) {
        return start(dataDir, null, ApiClient::new);
    }

    /** Starts the app; {@code settings}, when given, are saved first (as if chosen before). */
    public static AppHarness start(Path dataDir, AppSettings settings, Function<Supplier<URI>, Api> apiFactory) {
        try {
            Stage stage = FxToolkit.registerPrimaryStage();
            FxToolkit.setupFixture(Theme::install);
            DirectoryStorage storage = new DirectoryStorage(dataDir);
            if (settings != null) {
                storage.write("settings.json", cn.huzhong.care.core.api.Json.gson().toJson(settings));
            }
            FakeDialer dialer = new FakeDialer(Dialer.Outcome.UNAVAILABLE);
            OutboxTimer timer = new OutboxTimer();
            App app = App.start(storage, dialer, clock(), apiFactory, Platform::runLater, timer);
            FxToolkit.setupFixture(() -> {
                Scene scene = new Scene(app.buildUi(), WIDTH, HEIGHT);
                Theme.apply(scene, app.displayMode());
                stage.setScene(scene);
                stage.setWidth(WIDTH);
                stage.setHeight(HEIGHT);
                stage.show();
                stage.toFront();
            });
            AppHarness h = new AppHarness(app, stage, dialer, timer);
            h.settle();
            return h;
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX toolkit did not start", e);
        }
    }

    /** A clock that reads {@link #START} now and runs on from there. */
    public static Clock clock() {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), START));
    }

    /** Today in Huzhong by the app's (and its server's) clock. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(app.clock().withZone(cn.huzhong.care.core.time.Dates.ZONE));
    }

    public App app() {
        return app;
    }

    public Scene scene() {
        return stage.getScene();
    }

    public FxRobot robot() {
        return robot;
    }

    public FakeDialer dialer() {
        return dialer;
    }

    public DisplayMode mode() {
        return app.displayMode();
    }

    /** Changes the settings as the settings screen does, and waits for the app to re-render. */
    public void applySettings(AppSettings settings) {
        onFx(() -> app.settings().update(settings));
        settle();
    }

    public void applyMode(DisplayMode mode) {
        applySettings(app.settings().current().withLang(mode.lang()).withTextScale(mode.textScale())
                .withHighContrast(mode.highContrast()).withReducedMotion(mode.reducedMotion()));
    }

    public void go(Destination d) {
        onFx(() -> app.navigator().go(d));
        settle();
    }

    public void resetTo(Destination d) {
        onFx(() -> app.navigator().resetTo(d));
        settle();
    }

    public Destination current() {
        return fx(() -> app.navigator().current());
    }

    /** Signs in through the form, as a person would. */
    public void signIn(String phone, String password) {
        if (!(current() instanceof Destination.SignIn)) {
            resetTo(new Destination.SignIn());
        }
        write("signin-phone", phone);
        write("signin-password", password);
        tap("signin-submit");
    }

    public void signInAndWaitForHome(String phone) {
        signIn(phone, DEMO_PASSWORD);
        waitUntil("home after signing in as " + phone, () -> current() instanceof Destination.Home && has("home-greeting")
                && !has(".progress-indicator"));
    }

    // ---- finding and touching ----

    public <T extends Node> Optional<T> find(String id) {
        return fx(() -> {
            String selector = id.startsWith(".") || id.startsWith("#") ? id : "#" + id;
            @SuppressWarnings("unchecked")
            T n = (T) scene().getRoot().lookup(selector);
            return Optional.ofNullable(n);
        });
    }

    public <T extends Node> T node(String id) {
        return this.<T>find(id).orElseThrow(() -> new AssertionError("no node " + id + " on " + current()));
    }

    /** The node is on the screen: it and every node around it are visible. */
    public boolean has(String id) {
        return find(id).map(n -> fx(() -> {
            for (Node x = n; x != null; x = x.getParent()) {
                if (!x.isVisible()) {
                    return false;
                }
            }
            return true;
        })).orElse(false);
    }

    /** What the node says: its text, or for a control that shows its words in a graphic, its accessible text. */
    public String text(String id) {
        return fx(() -> {
            Labeled l = node(id);
            String text = cn.huzhong.care.app.ui.text.Wrapped.sourceOf(l);
            return (text == null || text.isEmpty()) && l.getAccessibleText() != null ? l.getAccessibleText() : text;
        });
    }

    /** Picks {@code date} in the date field {@code id}, typing it in its sheet as a keyboard user would. */
    public void pickDate(String id, java.time.LocalDate date) {
        tap(id);
        write(cn.huzhong.care.app.ui.kit.DateField.ID_TYPED, date.toString());
        tap(cn.huzhong.care.app.ui.kit.DateField.ID_TYPED_USE);
    }

    /**
     * Scrolls the node into view and clicks it with the (Monocle) mouse. A screen may be drawn again between finding
     * the node and the click (the outbox's timed retries change lists at moments no test chooses): then the node of
     * that id on the screen now is clicked.
     */
    public void tap(String id) {
        quiet();
        for (int attempt = 1; ; attempt++) {
            Node n = node(id);
            scrollIntoView(n);
            if (click(n) || attempt == 3) {
                break;
            }
        }
        settle();
    }

    public void tap(Node n) {
        if (n.getId() != null) {
            tap(n.getId());
            return;
        }
        scrollIntoView(n);
        robot.clickOn(n);
        settle();
    }

    /** Clicks {@code n}; false when it left the screen first (drawn again), so there was nothing to click. */
    private boolean click(Node n) {
        if (fx(() -> n.getScene() == null)) {
            return false;
        }
        try {
            robot.clickOn(n);
            return true;
        } catch (RuntimeException e) {
            if (fx(() -> n.getScene() == null)) {
                return false;
            }
            throw e;
        }
    }

    public void write(String id, String text) {
        Node n = node(id);
        scrollIntoView(n);
        robot.clickOn(n);
        onFx(() -> ((javafx.scene.control.TextInputControl) n).clear());
        // typed as key events through the scene, all in one turn of the FX thread (TestFX's robot waits for the FX
        // queue after every character: a phone number took a second)
        onFx(() -> {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                i += Character.charCount(cp);
                javafx.event.Event.fireEvent(n, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED,
                        ch, "", javafx.scene.input.KeyCode.UNDEFINED, false, false, false, false));
            }
        });
        settle();
    }

    /** Scrolls every scroll pane around the node (the page, a dialog's text) so that the node is in view. */
    public void scrollIntoView(Node n) {
        onFx(() -> {
            scene().getRoot().applyCss();
            scene().getRoot().layout();
            for (Node x = n.getParent(); x != null; x = x.getParent()) {
                if (!(x instanceof ScrollPane sp) || sp.getContent() == null || !isInside(n, sp.getContent())) {
                    continue;
                }
                Node content = sp.getContent();
                Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double contentH = content.getBoundsInLocal().getHeight();
                double viewH = sp.getViewportBounds().getHeight();
                if (contentH <= viewH) {
                    continue;
                }
                double target = Math.max(0, Math.min(b.getMinY() - viewH * 0.2, contentH - viewH));
                sp.setVvalue(target / (contentH - viewH));
                sp.layout();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Goes back, as a phone's back key does. */
    public void back() {
        onFx(() -> app.navigator().back());
        settle();
    }

    private static boolean isInside(Node n, Node parent) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == parent) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits until no read is pending (no progress shown, and no background refresh of data shown from the device
     * under way: its answer would change the screen) and the FX queue is empty.
     */
    public void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitFor("the screen to finish loading", () -> !has(".hz-progress"));
        quiet();
    }

    /**
     * Waits until no read is in flight and the FX thread has shown what the last ones brought (which may have set
     * off others: an answered outbox item reads its list again).
     */
    public void quiet() {
        for (int round = 0; round < 50; round++) {
            waitFor("reads in flight to end", () -> app.readsInFlight() == 0);
            WaitForAsyncUtils.waitForFxEvents();
            if (app.readsInFlight() == 0) {
                return;
            }
        }
        throw new AssertionError("reads kept starting on " + current());
    }

    /** Waits for {@code condition}, then for the screen to be quiet (nothing more on its way to it). */
    public void waitUntil(String what, Callable<Boolean> condition) {
        waitFor(what, condition);
        quiet();
    }

    private void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            String shown = allText().replace('\n', '|');
            throw new AssertionError("timed out waiting for " + what + " (on " + current() + ", showing: "
                    + shown.substring(0, Math.min(600, shown.length())) + ")");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * What an action produced ({@code id}: a confirmation, an error, a revealed value, a dialog) is in view: inside
     * the scene, inside the visible part of the page when it is on the page (not scrolled away, not under a bar that
     * stays), and it has focus (or holds it), or its words were announced.
     */
    public void assertResultInView(String id) {
        String problem = fx(() -> {
            Node n = scene().getRoot().lookup("#" + id);
            if (n == null || !isShown(n)) {
                return "the result " + id + " is not on the screen";
            }
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getMinY() < -1 || b.getMinX() < -1 || b.getMaxX() > scene().getWidth() + 1
                    || b.getMinY() > scene().getHeight() - 8) {
                return "the result " + id + " is outside the screen: " + b;
            }
            ScrollPane sp = (ScrollPane) scene().getRoot().lookup("#" + AppShell.ID_CONTENT);
            if (sp != null && isInside(n, sp.getContent())) {
                Bounds view = sp.localToScene(sp.getLayoutBounds());
                double visibleTop = Math.max(b.getMinY(), view.getMinY());
                double visibleBottom = Math.min(b.getMaxY(), view.getMaxY());
                double needed = Math.min(b.getHeight(), view.getHeight()) * 0.5;
                if (visibleBottom - visibleTop < needed) {
                    return "the result " + id + " is scrolled out of view (" + b + " in " + view + ")";
                }
            }
            Node focus = scene().getFocusOwner();
            boolean focused = focus != null && (isInside(focus, n) || isInside(n, focus));
            java.util.List<String> said = cn.huzhong.care.app.ui.A11y.announcements(scene());
            String text = n instanceof Labeled l ? cn.huzhong.care.app.ui.text.Wrapped.sourceOf(l) : null;
            boolean announced = text != null && said.stream().anyMatch(a -> a.contains(text));
            if (!focused && !announced) {
                return "the result " + id + " is neither focused nor announced (focus on " + (focus == null ? null
                        : focus.getId()) + ")";
            }
            return null;
        });
        if (problem != null) {
            throw new AssertionError(problem);
        }
    }

    private static boolean isShown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    // ---- audit and pictures ----

    public void assertAccessible(String screenName) {
        quiet();
        AccessibilityAudit.assertAccessible(scene(), screenName, mode());
    }

    /** Saves the scene as {@code <dir>/<name>-<mode>.png} when the screenshot directory is configured. */
    public void screenshot(String name) {
        String dir = System.getProperty("huzhong.screenshots.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        quiet();
        WritableImage image = fx(() -> scene().snapshot(null));
        Path file = Path.of(dir, name + "-" + mode().id() + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole screen, scrolled or not, as {@code <dir>/<name>-full-<mode>.png}. */
    public void screenshotFull(String name) {
        String dir = System.getProperty("huzhong.screenshots.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        quiet();
        WritableImage image = fx(() -> {
            javafx.scene.Parent root = scene().getRoot();
            javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) root.lookup("#" + AppShell.ID_CONTENT);
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setFill(javafx.scene.paint.Color.TRANSPARENT);
            return sp.getContent().snapshot(params, null);
        });
        Path file = Path.of(dir, name + "-full-" + mode().id() + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- FX thread ----

    public static void onFx(Runnable r) {
        try {
            FxToolkit.setupFixture(r);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T fx(Callable<T> c) {
        if (Platform.isFxApplicationThread()) {
            try {
                return c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the visible nodes whose id starts with {@code prefix}, in scene-graph (reading) order. */
    public java.util.List<String> ids(String prefix) {
        return fx(() -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            collect(scene().getRoot(), prefix, out);
            return out;
        });
    }

    private static void collect(Node n, String prefix, java.util.List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n.getId() != null && n.getId().startsWith(prefix)) {
            out.add(n.getId());
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, prefix, out);
            }
        }
    }

    public String firstId(String prefix) {
        java.util.List<String> all = ids(prefix);
        if (all.isEmpty()) {
            throw new AssertionError("no node with an id starting " + prefix + " on " + current());
        }
        return all.get(0);
    }

    /** Every label's text on the screen, one per line. */
    public String allText() {
        return fx(() -> {
            StringBuilder b = new StringBuilder();
            texts(scene().getRoot(), b);
            return b.toString();
        });
    }

    private static void texts(Node n, StringBuilder b) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            b.append(cn.huzhong.care.app.ui.text.Wrapped.sourceOf(l)).append('\n');
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                texts(c, b);
            }
        }
    }

    /**
     * Other people take every place left at a rehabilitation time, straight through the API (as if booking on
     * their own phones): 孙志强, 张丽 for 张德福, 李建国.
     */
    public void takeEveryPlace(long providerId, long slotId) {
        cn.huzhong.care.app.data.remote.ApiClient direct = new cn.huzhong.care.app.data.remote.ApiClient(() -> app.backend().baseUri());
        for (String phone : java.util.List.of("13900000004", "13900000101", "13900000002", "")) {
            var s = direct.signIn(phone.isEmpty() ? "13900000004" : phone, DEMO_PASSWORD, cn.huzhong.care.core.i18n.Lang.ZH);
            boolean free = direct.slots(s.token(), cn.huzhong.care.core.domain.ServiceKind.REHABILITATION, providerId, null, 7,
                    cn.huzhong.care.core.i18n.Lang.ZH).stream().flatMap(d -> d.slots().stream()).anyMatch(x -> x.id() == slotId);
            if (!free) {
                return;
            }
            if (phone.isEmpty()) {
                throw new AssertionError("slot " + slotId + " still has places");
            }
            var me = direct.me(s.token(), cn.huzhong.care.core.i18n.Lang.ZH);
            long person = me.actingFor().get(me.actingFor().size() - 1).residentId();
            direct.book(s.token(), person, new cn.huzhong.care.core.api.CreateBooking(slotId, null, null, null),
                    java.util.UUID.randomUUID().toString(), cn.huzhong.care.core.i18n.Lang.ZH);
        }
    }

    /**
     * District staff turn down {@code phone}'s open application for {@code kind} through the API (as at their desk),
     * so that the benefit finder offers it again: a screen test can apply once in each display mode.
     */
    public void turnDownApplication(String phone, cn.huzhong.care.core.domain.BenefitKind kind, String reason) {
        var lang = cn.huzhong.care.core.i18n.Lang.ZH;
        ApiClient direct = new ApiClient(() -> app.backend().baseUri());
        var resident = direct.signIn(phone, DEMO_PASSWORD, lang);
        long person = direct.me(resident.token(), lang).actingFor().get(0).residentId();
        long id = direct.subsidies(resident.token(), person, 1, 100, lang).items().stream()
                .filter(x -> x.kind() == kind && x.step() != cn.huzhong.care.core.domain.ApplicationStep.REJECTED)
                .map(cn.huzhong.care.core.api.SubsidySummary::id).findFirst()
                .orElseThrow(() -> new AssertionError("no open application for " + kind));
        var staff = direct.signIn("13900000399", DEMO_PASSWORD, lang);
        try {
            var request = java.net.http.HttpRequest.newBuilder(app.backend().baseUri()
                            .resolve(cn.huzhong.care.core.api.ApiPaths.fill(cn.huzhong.care.core.api.ApiPaths.SUBSIDY_REJECT, id)))
                    .header("Authorization", "Bearer " + staff.token()).header("Content-Type", "application/json")
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            cn.huzhong.care.core.api.Json.gson().toJson(new cn.huzhong.care.core.api.ReasonRequest(reason)))).build();
            int status = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
            if (status != 200) {
                throw new AssertionError("turning down application " + id + " answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code id} is shown, then taps it. */
    public void tapWhenShown(String id) {
        waitUntil(id, () -> has(id));
        tap(id);
    }

    public Button button(String id) {
        return node(id);
    }

    public boolean isDisabled(String id) {
        return fx(() -> ((ButtonBase) node(id)).isDisabled());
    }

    /** Stops the app and leaves the toolkit as found: JavaFX's own theme (the audit's fixtures rely on it). */
    @Override
    public void close() {
        onFx(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.Pane(), 10, 10));
            javafx.application.Application.setUserAgentStylesheet(null);
        });
        app.close();
    }
}

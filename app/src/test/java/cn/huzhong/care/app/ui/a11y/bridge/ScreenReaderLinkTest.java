package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.AppHarness;
import cn.huzhong.care.app.feature.signin.SignInView;
import cn.huzhong.care.app.platform.ScreenReaderBridge;
import cn.huzhong.care.app.shell.Destination;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JavaFX end of the phones' bridge in the running app: {@link ScreenReaderLink} publishes the screen's snapshots to
 * the native half, and what a screen reader asks by the ids it was sent (the action bits the Android and iOS halves
 * send: the Android tests check TalkBack's click arrives as {@code id:1:}) reaches the right control on the FX thread.
 * The native half here is a stand-in that calls back from its own thread, as JNI does.
 */
class ScreenReaderLinkTest {
    @TempDir
    Path dataDir;
    AppHarness app;
    SnapshotExporter exporter;

    /** What a native half sees and does: the wires it was given, the announcements, and the listener to call. */
    static final class NativeHalf implements ScreenReaderBridge {
        final List<String> wires = new CopyOnWriteArrayList<>();
        final List<String> announced = new CopyOnWriteArrayList<>();
        volatile Listener listener;
        volatile boolean on = true;

        @Override
        public void start(Listener l) {
            listener = l;
        }

        @Override
        public void publish(String wire) {
            wires.add(wire);
        }

        @Override
        public void announce(String text) {
            announced.add(text);
        }

        @Override
        public boolean screenReaderOn() {
            return on;
        }

        Snapshot last() {
            return WireFormat.decode(wires.get(wires.size() - 1));
        }

        /** A call from the screen reader, on a thread of its own. */
        void ask(int id, SnapshotAction a, String argument) throws InterruptedException {
            Thread t = new Thread(() -> listener.action(id, a.bit(), argument), "native");
            t.start();
            t.join();
        }
    }

    @AfterEach
    void stop() {
        if (exporter != null) {
            AppHarness.onFx(exporter::stop);
        }
        AppHarness.onFx(ScreenReaderStatus::forget);
        if (app != null) {
            app.close();
        }
    }

    private static SnapshotNode only(Snapshot s, SnapshotRole role, String name) {
        List<SnapshotNode> found = s.nodes().stream()
                .filter(n -> n.role() == role && (name == null || n.name().equals(name))).toList();
        assertEquals(1, found.size(), role + " " + name + " in " + s.nodes());
        return found.get(0);
    }

    @Test
    void aScreenReaderSignsIn_byTheIdsItWasSent_andHearsTheNewScreen() throws Exception {
        app = AppHarness.start(dataDir);
        NativeHalf half = new NativeHalf();
        exporter = AppHarness.fx(() -> ScreenReaderLink.connect(app.scene(), half, () -> "zh-CN"));
        assertTrue(AppHarness.fx(ScreenReaderStatus::isOn), "the phone says its screen reader is on");
        assertFalse(half.wires.isEmpty(), "the first snapshot goes out at once");
        Snapshot signIn = half.last();
        assertEquals("zh-CN", signIn.lang());

        SnapshotNode phone = only(signIn, SnapshotRole.TEXT_FIELD, null);
        SnapshotNode password = only(signIn, SnapshotRole.PASSWORD, null);
        SnapshotNode submit = signIn.nodes().stream()
                .filter(n -> n.role() == SnapshotRole.BUTTON && n.can(SnapshotAction.CLICK)
                        && n.id() == idOf(SignInView.ID_SUBMIT))
                .findFirst().orElse(null);
        assertNotNull(submit, "the sign-in button, pressable, in " + signIn.nodes());

        half.ask(password.id(), SnapshotAction.FOCUS, "");
        app.waitUntil("focus on the password field", () -> AppHarness.fx(() ->
                app.scene().getFocusOwner() == app.node(SignInView.ID_PASSWORD)));
        half.ask(phone.id(), SnapshotAction.FOCUS, "");
        app.waitUntil("focus on the phone field", () -> AppHarness.fx(() ->
                app.scene().getFocusOwner() == app.node(SignInView.ID_PHONE)));
        half.ask(phone.id(), SnapshotAction.SET_TEXT, "13900000001");
        half.ask(password.id(), SnapshotAction.SET_TEXT, AppHarness.DEMO_PASSWORD);
        app.waitUntil("the number typed", () -> AppHarness.fx(() ->
                "13900000001".equals(((TextField) app.node(SignInView.ID_PHONE)).getText())));
        app.waitUntil("the screen reader told the field's new value", () ->
                "13900000001".equals(half.last().node(phone.id()).value()));

        half.ask(submit.id(), SnapshotAction.CLICK, "");
        app.waitUntil("home", () -> app.current() instanceof Destination.Home);
        app.settle();
        app.waitUntil("home's snapshot sent", () -> half.last().nodes().stream()
                .noneMatch(n -> n.role() == SnapshotRole.PASSWORD));

        Thread t = new Thread(() -> half.listener.screenReaderChanged(false), "native");
        t.start();
        t.join();
        app.waitUntil("the screen reader off", () -> !AppHarness.fx(ScreenReaderStatus::isOn));
    }

    private int idOf(String fxId) {
        return AppHarness.fx(() -> exporter.nodes().entrySet().stream()
                .filter(e -> fxId.equals(e.getValue().getId())).mapToInt(java.util.Map.Entry::getKey)
                .findFirst().orElse(-1));
    }
}

package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-export on change, throttled, sent only when different; announcements passed on. */
class SnapshotExporterTest {
    static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> BridgeFixture.fx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    @Test
    void changes_areExportedOnceAfterTheyStop_andOnlyWhatDiffersIsSent() {
        BridgeFixture f = BridgeFixture.show(DisplayMode.DEFAULT, x -> {
            Label status = new Label("未提交");
            status.setId("status");
            Button send = new Button("提交");
            return new VBox(status, send);
        });
        List<String> sent = new CopyOnWriteArrayList<>();
        List<String> said = new CopyOnWriteArrayList<>();
        SnapshotExporter e = BridgeFixture.fx(() -> new SnapshotExporter(f.scene, () -> "zh-CN", sent::add, said::add, 100));
        BridgeFixture.run(e::start);
        assertEquals(1, sent.size(), "the first snapshot goes out at once");
        assertTrue(sent.get(0).contains("|未提交|"));
        await("a quiet scene", () -> !e.pending());

        // ten changes in one go: one export after they stop, with the last of them
        int builds = BridgeFixture.fx(e::builds);
        BridgeFixture.run(() -> {
            Label status = (Label) f.scene.lookup("#status");
            for (int i = 1; i <= 10; i++) {
                status.setText("已提交 " + i);
            }
        });
        await("the export of the change", () -> sent.size() == 2);
        assertTrue(sent.get(1).contains("|已提交 10|") && !sent.get(1).contains("已提交 9|"));
        await("a quiet scene", () -> !e.pending());
        assertTrue(BridgeFixture.fx(e::builds) - builds <= 2, "one build for the burst (and at most one to settle)");

        // a change a screen reader cannot see (a colour): built again, not sent
        int before = BridgeFixture.fx(e::builds);
        BridgeFixture.run(() -> f.scene.lookup("#status").setStyle("-fx-text-fill: #0b57d0;"));
        await("the build after the colour change", () -> e.builds() > before);
        assertEquals(2, sent.size(), "an equal snapshot is not sent again");

        // a still screen: nothing waits, nothing is built any more
        await("a quiet scene", () -> !e.pending());
        int settled = BridgeFixture.fx(e::builds);
        WaitForAsyncUtils.waitForFxEvents(20);
        assertFalse(BridgeFixture.fx(e::pending));
        assertEquals(settled, BridgeFixture.fx(e::builds), "exporting does not itself cause another export");

        BridgeFixture.run(() -> A11y.announce(f.scene.getRoot(), "已提交"));
        assertEquals(List.of("已提交"), said);

        BridgeFixture.run(e::stop);
        BridgeFixture.run(() -> ((Label) f.scene.lookup("#status")).setText("停止以后"));
        BridgeFixture.run(() -> A11y.announce(f.scene.getRoot(), "不再转告"));
        WaitForAsyncUtils.waitForFxEvents(20);
        assertEquals(2, sent.size());
        assertEquals(List.of("已提交"), said);
    }
}

package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.a11y.SceneModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A benchmark, not a timed test: exports a 500-node screen (the snapshot's nodes; the scene graph under them is about
 * six times larger) many times and prints how long each part takes. It asserts only that the screen has 500 nodes;
 * the figures are read from the build's output ("snapshot export, 500 nodes: …").
 */
class SnapshotBenchmarkTest {
    static final int ROWS = 166;

    @Test
    void exportOfA500NodeScreen() {
        BridgeFixture f = BridgeFixture.show(DisplayMode.DEFAULT, x -> {
            VBox content = new VBox();
            for (int i = 0; i < ROWS; i++) {
                Label label = new Label("第" + i + "项的说明");
                Label fieldLabel = new Label("数量" + i);
                TextField field = A11y.labelled(fieldLabel, new TextField("3"));
                Button b = new Button("办理第" + i + "项");
                content.getChildren().addAll(label, new VBox(fieldLabel, field), b);
            }
            content.getChildren().addAll(Ui.body("共 " + ROWS + " 项"));
            ScrollPane sp = new ScrollPane(content);
            sp.setFitToWidth(true);
            return sp;
        });
        int sceneNodes = BridgeFixture.fx(() -> SceneModel.of(f.scene).nodes().size());
        SnapshotExporter e = BridgeFixture.fx(() -> new SnapshotExporter(f.scene, () -> "zh-CN", w -> { }, t -> { }, 150));
        BridgeFixture.run(e::exportNow);
        int nodes = BridgeFixture.fx(() -> e.current().nodes().size());
        assertEquals(3 * ROWS + 2, nodes, "label, field (its label merged), button per row; the total; the pane");

        int runs = 60;
        long[] css = new long[runs];
        long[] model = new long[runs];
        long[] build = new long[runs];
        long[] encode = new long[runs];
        long[] whole = new long[runs];
        // the FX thread's own CPU time for the export: on a shared machine the wall clock also counts the time other
        // builds held the cores
        long[] wholeCpu = new long[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int[] wireChars = new int[1];
        BridgeFixture.run(() -> {
            SnapshotBuilder builder = new SnapshotBuilder(new NodeIds());
            for (int i = -20; i < runs; i++) { // 20 rounds to warm up
                long tc = System.nanoTime();
                f.scene.getRoot().applyCss();
                f.scene.getRoot().layout();
                long t0 = System.nanoTime();
                SceneModel m = SceneModel.ofLaidOut(f.scene);
                long t1 = System.nanoTime();
                SnapshotBuilder.Built b = builder.build(m, "zh-CN");
                long t2 = System.nanoTime();
                String wire = WireFormat.encode(b.snapshot());
                long t3 = System.nanoTime();
                long c3 = threads.getCurrentThreadCpuTime();
                e.exportNow();
                long c4 = threads.getCurrentThreadCpuTime();
                long t4 = System.nanoTime();
                if (i >= 0) {
                    css[i] = t0 - tc;
                    model[i] = t1 - t0;
                    build[i] = t2 - t1;
                    encode[i] = t3 - t2;
                    whole[i] = t4 - t3;
                    wholeCpu[i] = c4 - c3;
                }
                wireChars[0] = wire.length();
            }
        });
        System.out.printf(Locale.ROOT, "snapshot export, %d nodes (%d visible scene-graph nodes), wire %d chars: "
                        + "whole export median %.2f ms, p90 %.2f ms, max %.2f ms (FX thread CPU time median %.2f ms, p90 %.2f ms)"
                        + " | scene model %.2f ms, snapshot %.2f ms, wire %.2f ms (medians of %d runs); applyCss+layout of the"
                        + " still scene %.2f ms%n", nodes, sceneNodes,
                wireChars[0], ms(whole, 50), ms(whole, 90), ms(whole, 100), ms(wholeCpu, 50), ms(wholeCpu, 90),
                ms(model, 50), ms(build, 50), ms(encode, 50), runs, ms(css, 50));
    }

    private static double ms(long[] nanos, int percentile) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int i = Math.min(s.length - 1, (int) Math.ceil(percentile / 100.0 * s.length) - 1);
        return s[Math.max(0, i)] / 1e6;
    }
}

package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Theme;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.a11y.SceneModel;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.app.ui.kit.Snackbar;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Shows content headless in the app's theme, the way the shell frames it: a page with the kit's overlay above it (for
 * dialogs) and a snackbar, 480 × 860 px.
 */
final class BridgeFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
    private static Stage stage;

    final VBox page = new VBox();
    final Overlay overlay = new Overlay(page);
    final Snackbar snackbar = new Snackbar();
    final Ui ui;
    final Scene scene;

    private BridgeFixture(DisplayMode mode) {
        ui = new Ui(mode, Messages.of(mode.lang()), CLOCK, overlay, snackbar);
        StackPane root = new StackPane(page, overlay.layer());
        scene = new Scene(root, 480, 860);
        Theme.apply(scene, mode);
    }

    static synchronized Stage stage() {
        if (stage == null) {
            try {
                stage = FxToolkit.registerPrimaryStage();
                FxToolkit.setupFixture(Theme::install);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return stage;
    }

    /** Shows what {@code content} builds (with the fixture's Ui) on the page. */
    static BridgeFixture show(DisplayMode mode, Function<BridgeFixture, Node> content) {
        Stage s = stage();
        return fx(() -> {
            BridgeFixture f = new BridgeFixture(mode);
            f.page.getChildren().setAll(content.apply(f), f.snackbar.node());
            s.setScene(f.scene);
            s.show();
            f.scene.getRoot().applyCss();
            f.scene.getRoot().layout();
            return f;
        });
    }

    SnapshotBuilder.Built build(NodeIds ids) {
        return fx(() -> new SnapshotBuilder(ids).build(SceneModel.of(scene), "zh-CN"));
    }

    SceneModel model() {
        return fx(() -> SceneModel.of(scene));
    }

    <T extends Node> T byId(String id) {
        return fx(() -> {
            @SuppressWarnings("unchecked")
            T n = (T) scene.lookup("#" + id);
            return n;
        });
    }

    static <T> T fx(Callable<T> c) {
        try {
            T t = WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return t;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void run(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }
}

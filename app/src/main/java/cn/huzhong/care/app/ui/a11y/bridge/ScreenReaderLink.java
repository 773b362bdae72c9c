package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.platform.ScreenReaderBridge;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.function.Supplier;

/**
 * Connects a scene to a phone's native screen-reader bridge: its snapshots and announcements go out through
 * {@link ScreenReaderBridge#publish} and {@link ScreenReaderBridge#announce}; the screen reader's actions come back on
 * the FX thread to {@link SnapshotExporter#perform}; whether the screen reader is on goes to
 * {@link ScreenReaderStatus}.
 */
public final class ScreenReaderLink {
    private ScreenReaderLink() {
    }

    /** Starts exporting {@code scene} to {@code bridge}. FX thread. */
    public static SnapshotExporter connect(Scene scene, ScreenReaderBridge bridge, Supplier<String> lang) {
        SnapshotExporter exporter = new SnapshotExporter(scene, lang, bridge::publish, bridge::announce,
                SnapshotExporter.THROTTLE_MILLIS);
        ScreenReaderStatus.set(bridge.screenReaderOn());
        bridge.start(new ScreenReaderBridge.Listener() {
            @Override
            public void action(int nodeId, int action, String argument) {
                Platform.runLater(() -> exporter.perform(nodeId, action, argument));
            }

            @Override
            public void screenReaderChanged(boolean on) {
                Platform.runLater(() -> ScreenReaderStatus.set(on));
            }
        });
        exporter.start();
        return exporter;
    }
}

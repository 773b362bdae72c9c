import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The yardstick of bench/app-start.sh: the smallest JavaFX program with a window of the app's size and one label,
 * started the same way and measured the same way (two pulses after the window is shown, then one line with the
 * JVM's uptime and the process's peak resident memory).
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Huzhong Care")), 480, 860));
        stage.show();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    long rss = -1;
                    try {
                        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                            if (line.startsWith("VmHWM:")) {
                                rss = Long.parseLong(line.replaceAll("\\D", ""));
                            }
                        }
                    } catch (Exception e) {
                        rss = -1;
                    }
                    Runtime rt = Runtime.getRuntime();
                    System.out.println("HUZHONG_PROBE home-frame uptime-ms=" + ManagementFactory.getRuntimeMXBean().getUptime()
                            + " peak-rss-kb=" + rss + " heap-used-mb=" + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)
                            + " cpu-ms=" + ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L));
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}

/** Started from the class path, an Application subclass cannot be the main class itself ("runtime components are missing"). */
final class BareWindowMain {
    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}

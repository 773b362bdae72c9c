package cn.huzhong.care.app;

import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A measuring hook for {@code bench/app-start.sh}, off unless the system property {@code huzhong.probe} is set.
 * It waits for the navigator to show Home (signing in a demo account first when {@code huzhong.probe.signIn} names
 * one and the app starts signed out), lets two pulses pass so Home's first frame has been drawn, then prints one
 * line: {@code HUZHONG_PROBE home-frame uptime-ms=… peak-rss-kb=… heap-used-mb=… cpu-ms=…}. With {@code huzhong.probe=exit}
 * the app then quits. It looks only at the navigator's destination, never at a screen's insides, so the screens
 * can change freely.
 */
final class StartupProbe {
    static final String PROPERTY = "huzhong.probe";

    private StartupProbe() {
    }

    static void watch(App app) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        Navigator navigator = app.navigator();
        boolean[] done = {false};
        Runnable onHome = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) { // the pulse that drew Home has passed
                        stop();
                        report(mode);
                    }
                }
            }.start();
        };
        navigator.currentProperty().addListener((o, before, now) -> {
            if (now instanceof Destination.Home) {
                onHome.run();
            }
        });
        if (navigator.current() instanceof Destination.Home) {
            onHome.run();
        } else {
            String phone = System.getProperty(PROPERTY + ".signIn");
            if (phone != null) {
                app.sessions().signIn(phone, System.getProperty(PROPERTY + ".password", "demo1234"))
                        .thenRun(() -> Platform.runLater(() -> navigator.resetTo(new Destination.Home())));
            }
        }
    }

    private static void report(String mode) {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        Runtime rt = Runtime.getRuntime();
        long heapUsedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        long cpuMs = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        System.out.println("HUZHONG_PROBE home-frame uptime-ms=" + uptime + " peak-rss-kb=" + peakRssKb()
                + " heap-used-mb=" + heapUsedMb + " cpu-ms=" + cpuMs);
        System.out.flush();
        if ("exit".equals(mode)) {
            Platform.exit();
        }
    }

    /** The process's peak resident memory (Linux {@code VmHWM}); -1 elsewhere. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}

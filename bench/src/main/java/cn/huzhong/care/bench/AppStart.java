package cn.huzhong.care.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * App start against a bare JavaFX window, in the same run and the same way (bench/app-start.sh): wall time from
 * starting the process to the line the probe prints two pulses after Home (or the bare window) was shown, and the
 * process's peak resident memory then. The app starts as a returning user does: signed in (a first, unmeasured
 * start signs in), with the embedded backend and the demo district on SQLite. Runs alternate, medians reported.
 */
public final class AppStart {
    private static final Pattern PROBE = Pattern.compile(
            "HUZHONG_PROBE home-frame uptime-ms=(\\d+) peak-rss-kb=(-?\\d+) heap-used-mb=(\\d+) cpu-ms=(-?\\d+)");

    record Run(long wallMs, long uptimeMs, long peakRssKb, long heapMb, long cpuMs) {
    }

    public static void main(String[] args) throws Exception {
        String appClasspath = args[0];
        String bareClasspath = args[1];
        Path work = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        Path report = Path.of(args[4]);
        Path data = work.resolve("app-data");
        List<String> jvm = List.of("-Dprism.order=sw", "-Dhuzhong.data.dir=" + data);
        System.out.println("first start (signs in, seeds the demo district; not measured) …");
        Run first = run(work, "first", appClasspath, "cn.huzhong.care.app.Launcher", jvm, "-Dhuzhong.probe=exit",
                "-Dhuzhong.probe.signIn=13900000001");
        System.out.printf("  first start %d ms%n", first.wallMs());
        String load = Bench.load();
        Run[] plain = measure(work, runs, appClasspath, bareClasspath, jvm, List.of(), List.of());
        // the same with an application class-data archive (AppCDS) for each: what a packaged app (jpackage) ships
        run(work, "bare-cds-dump", bareClasspath, "BareWindowMain", List.of("-Dprism.order=sw",
                "-XX:ArchiveClassesAtExit=" + work.resolve("bare.jsa")));
        run(work, "app-cds-dump", appClasspath, "cn.huzhong.care.app.Launcher", jvm, "-Dhuzhong.probe=exit",
                "-XX:ArchiveClassesAtExit=" + work.resolve("app.jsa"));
        Run[] cds = measure(work, runs, appClasspath, bareClasspath, jvm,
                List.of("-XX:SharedArchiveFile=" + work.resolve("bare.jsa")), List.of("-XX:SharedArchiveFile=" + work.resolve("app.jsa")));
        String text = String.format(Locale.ROOT, """

                ### App start (%s)

                Machine: %s. Load average before: %s. %d runs each, alternating, medians; Xvfb, software rendering
                (prism.order=sw) for both. App: a returning resident (signed in), embedded backend with the demo district
                on SQLite, to the first frame of Home; bare: one JavaFX window of the same size with one label.

                | | process start → first frame | JVM uptime at that frame | process CPU time by then | peak resident memory | heap in use |
                |---|---:|---:|---:|---:|---:|
                %s
                With an AppCDS archive for each (`-XX:SharedArchiveFile`, made by one earlier run with
                `-XX:ArchiveClassesAtExit`):

                | | process start → first frame | JVM uptime at that frame | process CPU time by then | peak resident memory | heap in use |
                |---|---:|---:|---:|---:|---:|
                %s""", OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES), Bench.machine(), load, runs,
                rows(plain[0], plain[1]), rows(cds[0], cds[1]));
        System.out.println(text);
        Files.writeString(report, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Alternating runs of the bare window and the app; medians of each: {bare, app}. */
    static Run[] measure(Path work, int runs, String appClasspath, String bareClasspath, List<String> jvm, List<String> bareExtra,
                         List<String> appExtra) throws IOException, InterruptedException {
        List<Run> bare = new ArrayList<>();
        List<Run> app = new ArrayList<>();
        String tag = appExtra.isEmpty() ? "" : "cds-";
        for (int i = 0; i < runs; i++) {
            List<String> b = new ArrayList<>(List.of("-Dprism.order=sw"));
            b.addAll(bareExtra);
            bare.add(run(work, "bare-" + tag + i, bareClasspath, "BareWindowMain", b));
            List<String> a = new ArrayList<>(jvm);
            a.addAll(appExtra);
            app.add(run(work, "app-" + tag + i, appClasspath, "cn.huzhong.care.app.Launcher", a, "-Dhuzhong.probe=exit"));
            System.out.printf("  %srun %d: bare window %d ms (cpu %d ms, %d MB), app home %d ms (cpu %d ms, %d MB)%n", tag, i + 1,
                    bare.get(i).wallMs(), bare.get(i).cpuMs(), bare.get(i).peakRssKb() / 1024, app.get(i).wallMs(),
                    app.get(i).cpuMs(), app.get(i).peakRssKb() / 1024);
        }
        return new Run[]{median(bare), median(app)};
    }

    static String rows(Run b, Run a) {
        return String.format(Locale.ROOT, """
                | bare JavaFX window | %d ms | %d ms | %d ms | %d MB | %d MB |
                | Huzhong Care, Home | %d ms | %d ms | %d ms | %d MB | %d MB |
                | app ÷ bare | %.2f × | %.2f × | %.2f × | %.2f × | |
                """, b.wallMs(), b.uptimeMs(), b.cpuMs(), b.peakRssKb() / 1024, b.heapMb(), a.wallMs(), a.uptimeMs(), a.cpuMs(),
                a.peakRssKb() / 1024, a.heapMb(), (double) a.wallMs() / b.wallMs(), (double) a.uptimeMs() / b.uptimeMs(),
                (double) a.cpuMs() / b.cpuMs(), (double) a.peakRssKb() / b.peakRssKb());
    }

    static Run median(List<Run> runs) {
        List<Long> wall = runs.stream().map(Run::wallMs).sorted().toList();
        List<Long> up = runs.stream().map(Run::uptimeMs).sorted().toList();
        List<Long> rss = runs.stream().map(Run::peakRssKb).sorted().toList();
        List<Long> heap = runs.stream().map(Run::heapMb).sorted().toList();
        List<Long> cpu = runs.stream().map(Run::cpuMs).sorted().toList();
        int m = runs.size() / 2;
        return new Run(wall.get(m), up.get(m), rss.get(m), heap.get(m), cpu.get(m));
    }

    static Run run(Path work, String name, String classpath, String main, List<String> jvm, String... more)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of(more));
        cmd.addAll(List.of("-cp", classpath, main));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(work.resolve(name + ".err").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = PROBE.matcher(line);
                if (m.find()) {
                    long wall = (System.nanoTime() - t0) / 1_000_000;
                    Run r = new Run(wall, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                            Long.parseLong(m.group(4)));
                    if (!p.waitFor(30, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                    return r;
                }
            }
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
        throw new IllegalStateException(name + " printed no probe line; see " + work.resolve(name + ".err"));
    }
}

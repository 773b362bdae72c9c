package cn.huzhong.care.server.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server as a process of its own ({@code ServerMain}, the test classpath), as it runs in production: for the
 * crash test (SIGKILL mid-stream) and the two-servers-on-one-database test. Its output goes to a file next to its
 * data.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern STARTED = Pattern.compile("Huzhong Care API: http://[^:]+:(\\d+)");

    private final Process process;
    public final int port;
    public final Http http;
    public final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.http = new Http("http://127.0.0.1:" + port);
        this.log = log;
    }

    /** Starts {@code ServerMain} with the arguments (port 0 is added) and waits until it answers. */
    public static ServerProcess start(Path logDir, String name, Map<String, String> env, String... args) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classpath, "cn.huzhong.care.server.ServerMain", "--port=0"));
        cmd.addAll(List.of(args));
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            String line;
            while (port < 0 && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                Matcher m = STARTED.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            if (port < 0) {
                p.destroyForcibly();
                throw new IllegalStateException("server " + name + " did not start:\n" + Files.readString(log));
            }
            Thread drain = new Thread(() -> {
                try {
                    out.transferTo(java.io.Writer.nullWriter());
                } catch (IOException ignored) {
                    // stopped
                }
            }, name + "-stdout");
            drain.setDaemon(true);
            drain.start();
            return new ServerProcess(p, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException, IOException {
        Process k = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).start();
        k.waitFor(10, TimeUnit.SECONDS);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    public int exitCode() {
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

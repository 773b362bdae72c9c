package cn.huzhong.care.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark: seeds the database if it does not hold a seed of the asked size, starts the server jar as its own
 * process (or two, on one PostgreSQL), and runs wrk against {@code /health} and the main authenticated reads and
 * writes at each concurrency, after a warm-up; every endpoint is reported as a ratio to {@code /health} measured in
 * the same run. Writes a markdown report and stops everything it started. Run through {@code bench/run.sh}.
 */
public final class Bench {
    static final List<String> READS = List.of("me", "subsidies", "subsidy", "requests", "slots", "inbox", "unread");
    static final List<String> WRITES = List.of("apply", "book", "request");
    private static final Pattern RESULT = Pattern.compile("RESULT (\\{.*})");
    private static final Pattern STARTED = Pattern.compile("Huzhong Care API: http://[^:]+:(\\d+)");

    /** Options, from {@code --name=value} arguments. */
    record Options(String db, String sqliteFile, String pgUrl, String pgUser, String pgPassword, int residents, int tokens,
                   Path serverJar, int servers, List<Integer> connections, int duration, int warmup,
                   List<String> endpoints, String label, Path report, List<String> serverOpts, boolean reseed,
                   Path work, Path compareJar) {

        static Options parse(String[] args) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String a : args) {
                if (!a.startsWith("--")) {
                    throw new IllegalArgumentException("unknown argument " + a + "\n" + USAGE);
                }
                String[] kv = a.substring(2).split("=", 2);
                if (kv[0].equals("seed-only")) {
                    continue;
                }
                m.put(kv[0], kv.length == 2 ? kv[1] : "true");
            }
            String db = m.getOrDefault("db", "sqlite");
            int residents = Integer.parseInt(m.getOrDefault("residents", "1000000"));
            Path work = Path.of(m.getOrDefault("work", "/tmp/huzhong-bench"));
            List<String> endpoints = new ArrayList<>();
            endpoints.add("health");
            endpoints.addAll(Arrays.asList(m.getOrDefault("endpoints", String.join(",", READS) + "," + String.join(",", WRITES))
                    .split(",")));
            endpoints.removeIf(e -> e.isBlank() || (e.equals("health") && endpoints.indexOf(e) > 0));
            return new Options(db, m.getOrDefault("sqlite-file", work.resolve("sqlite-" + residents + ".db").toString()),
                    m.getOrDefault("pg-url", System.getenv().getOrDefault("HUZHONG_BENCH_PG_URL", "")),
                    m.getOrDefault("pg-user", System.getenv().getOrDefault("HUZHONG_BENCH_PG_USER", "app")),
                    System.getenv().getOrDefault("HUZHONG_BENCH_PG_PASSWORD", "app"),
                    residents, Integer.parseInt(m.getOrDefault("tokens", "20000")),
                    Path.of(m.getOrDefault("server-jar", "server/target/huzhong-care-server.jar")),
                    Integer.parseInt(m.getOrDefault("servers", "1")),
                    Arrays.stream(m.getOrDefault("connections", "16,256").split(",")).map(String::trim).map(Integer::parseInt).toList(),
                    Integer.parseInt(m.getOrDefault("duration", "10")), Integer.parseInt(m.getOrDefault("warmup", "5")),
                    List.copyOf(endpoints), m.getOrDefault("label", "run"),
                    Path.of(m.getOrDefault("report", work.resolve("report.md").toString())),
                    Arrays.stream(m.getOrDefault("server-opts", "-Xms512m -Xmx1g").split(" ")).filter(s -> !s.isBlank()).toList(),
                    m.containsKey("reseed"), work, m.containsKey("compare-jar") ? Path.of(m.get("compare-jar")) : null);
        }

        String url() {
            return db.equals("postgres") ? pgUrl : "jdbc:sqlite:" + sqliteFile;
        }

        String user() {
            return db.equals("postgres") ? pgUser : null;
        }

        String password() {
            return db.equals("postgres") ? pgPassword : null;
        }
    }

    static final String USAGE = """
            bench/run.sh [sqlite|postgres|both] [--residents=1000000] [--connections=16,256] [--duration=10] [--warmup=5]
                         [--endpoints=me,subsidies,...] [--servers=2 (PostgreSQL)] [--label=NAME] [--reseed]
                         [--compare-jar=OLD.jar (before and after, paired, against --server-jar)]
            """;

    /** One wrk run's figures. */
    record Result(String endpoint, int connections, double rps, long p50, long p99, long p999, long max, long requests,
                  long nonSuccess, long socketErrors, double cpuMicrosPerRequest) {
    }

    /** CPU time (user + system, milliseconds) the processes have used so far, from /proc: -1 where unknown. */
    static long cpuMillis(List<ServerProcess> servers) {
        long total = 0;
        for (ServerProcess s : servers) {
            try {
                String stat = Files.readString(Path.of("/proc/" + s.process.pid() + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                total += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // fields 14 and 15, clock ticks of 10 ms
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return total;
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        if (o.db().equals("postgres") && o.pgUrl().isBlank()) {
            throw new IllegalArgumentException("PostgreSQL needs --pg-url= or HUZHONG_BENCH_PG_URL");
        }
        Files.createDirectories(o.work());
        String seedNote = ensureSeed(o);
        if (System.getProperty("bench.seedOnly") != null || Arrays.asList(args).contains("--seed-only")) {
            return;
        }
        Path tokens = o.work().resolve("tokens-" + o.db() + "-" + o.residents() + ".csv");
        new Seed(o.residents(), o.tokens()).writeTokens(tokens);
        long[] benchSlots = benchSlots(o);
        Path lua = o.work().resolve("load.lua");
        try (InputStream in = Bench.class.getResourceAsStream("load.lua")) {
            Files.write(lua, in.readAllBytes());
        }
        String loadBefore = load();
        if (o.compareJar() != null) {
            compare(o, lua, tokens, benchSlots, seedNote, loadBefore);
            return;
        }
        List<ServerProcess> servers = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < o.servers(); i++) {
                servers.add(ServerProcess.start(o, i));
            }
            System.out.printf("%d server(s) up in %.1f s: %s%n", servers.size(), (System.nanoTime() - started) / 1e9,
                    servers.stream().map(s -> "127.0.0.1:" + s.port).toList());
            for (int c : o.connections()) {
                for (String endpoint : o.endpoints()) {
                    Result r = measure(o, servers, lua, tokens, benchSlots, endpoint, c);
                    results.add(r);
                    System.out.printf("  %-10s c=%-4d %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  p99.9 %6.2f ms  cpu %6.0f us/req  non-2xx %d%n",
                            r.endpoint(), c, r.rps(), r.p50() / 1000.0, r.p99() / 1000.0, r.p999() / 1000.0,
                            r.cpuMicrosPerRequest(), r.nonSuccess());
                }
            }
        } finally {
            for (ServerProcess s : servers) {
                s.stop();
            }
        }
        String report = report(o, results, seedNote, loadBefore, load());
        System.out.println(report);
        Files.createDirectories(o.report().toAbsolutePath().getParent());
        Files.writeString(o.report(), report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<String> broken = broken(results);
        if (!broken.isEmpty()) {
            System.err.println("the harness found endpoints that do not work:\n  " + String.join("\n  ", broken));
            System.exit(1);
        }
    }

    /**
     * Before and after on one machine whose load others change from minute to minute: both servers run at once on
     * the same database, and each measurement of the one is followed at once by the same measurement of the other,
     * so both meet the same weather. Reports both and their comparison.
     */
    static void compare(Options o, Path lua, Path tokens, long[] slots, String seedNote, String loadBefore) throws Exception {
        ServerProcess before = ServerProcess.start(o, 0, o.compareJar(), "before");
        ServerProcess after = ServerProcess.start(o, 0, o.serverJar(), "after");
        List<Result> b = new ArrayList<>();
        List<Result> a = new ArrayList<>();
        try {
            for (int c : o.connections()) {
                for (String endpoint : o.endpoints()) {
                    Result rb = measure(o, List.of(before), lua, tokens, slots, endpoint, c);
                    Result ra = measure(o, List.of(after), lua, tokens, slots, endpoint, c);
                    b.add(rb);
                    a.add(ra);
                    System.out.printf("  %-10s c=%-4d before %8.0f req/s p99 %7.2f ms cpu %5.0f us | after %8.0f req/s p99 %7.2f ms cpu %5.0f us%n",
                            endpoint, c, rb.rps(), rb.p99() / 1000.0, rb.cpuMicrosPerRequest(), ra.rps(), ra.p99() / 1000.0,
                            ra.cpuMicrosPerRequest());
                }
            }
        } finally {
            before.stop();
            after.stop();
        }
        String loadAfter = load();
        StringBuilder sb = new StringBuilder();
        sb.append("\n### ").append(o.label()).append(": before and after, paired, ")
                .append(o.db().equals("postgres") ? "PostgreSQL" : "SQLite").append(", ")
                .append(String.format(Locale.ROOT, "%,d", o.residents())).append(" residents (")
                .append(OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES)).append(")\n\n");
        sb.append("Machine: ").append(machine()).append(". Load average (1 min, 5 min) before ").append(loadBefore)
                .append(", after ").append(loadAfter).append(". ").append(seedNote).append(". Both servers run at once on ")
                .append("the same database; every measurement of the old server (").append(o.compareJar().getFileName())
                .append(") is followed at once by the same one of the new (").append(o.serverJar().getFileName())
                .append("). wrk ").append(o.warmup()).append(" s warm-up then ").append(o.duration()).append(" s, ")
                .append(o.tokens()).append(" signed-in residents picked at random.\n\n");
        sb.append("| endpoint | conns | req/s before → after | ratio to /health before → after | p99 ms before → after | "
                + "server CPU µs/req before → after | CPU ratio before → after |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (int c : o.connections()) {
            Result hb = b.stream().filter(r -> r.connections() == c && r.endpoint().equals("health")).findFirst().orElseThrow();
            Result ha = a.stream().filter(r -> r.connections() == c && r.endpoint().equals("health")).findFirst().orElseThrow();
            for (int i = 0; i < b.size(); i++) {
                Result rb = b.get(i);
                Result ra = a.get(i);
                if (rb.connections() != c) {
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "| %s | %d | %,.0f → %,.0f | %.2f → **%.2f** | %.1f → **%.1f** | %.0f → %.0f | %.2f → **%.2f** |%n",
                        label(rb.endpoint()), c, rb.rps(), ra.rps(), rb.rps() / hb.rps(), ra.rps() / ha.rps(),
                        rb.p99() / 1000.0, ra.p99() / 1000.0, rb.cpuMicrosPerRequest(), ra.cpuMicrosPerRequest(),
                        hb.cpuMicrosPerRequest() / rb.cpuMicrosPerRequest(), ha.cpuMicrosPerRequest() / ra.cpuMicrosPerRequest()));
            }
        }
        System.out.println(sb);
        Files.createDirectories(o.report().toAbsolutePath().getParent());
        Files.writeString(o.report(), sb.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<String> broken = broken(a);
        if (!broken.isEmpty()) {
            System.err.println("the harness found endpoints that do not work:\n  " + String.join("\n  ", broken));
            System.exit(1);
        }
    }

    /**
     * What makes a run worthless: a read or /health answering anything but 2xx, socket errors or timeouts beyond 1 %,
     * no requests at all, or a write that never succeeds (a 409 now and then is the business rule: applied already,
     * slot overlap).
     */
    static List<String> broken(List<Result> results) {
        List<String> out = new ArrayList<>();
        for (Result r : results) {
            String what = r.endpoint() + " at " + r.connections() + " connections";
            if (r.requests() == 0) {
                out.add(what + ": no requests");
            } else if (WRITES.contains(r.endpoint()) ? r.nonSuccess() >= r.requests() : r.nonSuccess() > 0) {
                out.add(what + ": " + r.nonSuccess() + " of " + r.requests() + " answers not 2xx");
            }
            // a few timeouts on an overloaded shared machine are weather; many mean the server stopped answering
            if (r.socketErrors() > Math.max(5, r.requests() / 100)) {
                out.add(what + ": " + r.socketErrors() + " socket errors or timeouts of " + r.requests());
            }
        }
        return out;
    }

    /** Seeds when the database does not hold this size of seed yet; returns a line for the report. */
    static String ensureSeed(Options o) throws Exception {
        Optional<String> marker = Seed.marker(o.url(), o.user(), o.password());
        if (!o.reseed() && marker.isPresent() && marker.get().equals(Seed.markerFor(o.residents()))) {
            return "seed reused (" + String.format(Locale.ROOT, "%,d", o.residents()) + " residents)";
        }
        if (o.db().equals("postgres")) {
            try (Connection c = DriverManager.getConnection(o.url(), o.user(), o.password()); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        } else {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(o.sqliteFile() + suffix));
            }
            Files.createDirectories(Path.of(o.sqliteFile()).toAbsolutePath().getParent());
        }
        System.out.printf("seeding %,d residents into %s …%n", o.residents(), o.db());
        long t0 = System.nanoTime();
        long rows = new Seed(o.residents(), o.tokens()).run(o.url(), o.user(), o.password(),
                o.work().resolve("tokens-" + o.db() + "-" + o.residents() + ".csv"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        String size = o.db().equals("sqlite") ? String.format(Locale.ROOT, ", file %.2f GB",
                Files.size(Path.of(o.sqliteFile())) / 1e9) : pgSize(o);
        String note = String.format(Locale.ROOT, "seeded %,d residents (%,d rows) in %.0f s (%.0f rows/s)%s", o.residents(), rows,
                seconds, rows / seconds, size);
        System.out.println(note);
        return note;
    }

    private static String pgSize(Options o) {
        try (Connection c = DriverManager.getConnection(o.url(), o.user(), o.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return String.format(Locale.ROOT, ", database %.2f GB", rs.getLong(1) / 1e9);
        } catch (SQLException e) {
            return "";
        }
    }

    /** The first id and the number of the far-future slots the booking benchmark books into. */
    static long[] benchSlots(Options o) throws SQLException {
        try (Connection c = DriverManager.getConnection(o.url(), o.user(), o.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(id), COUNT(*) FROM slots WHERE provider_id = " + Seed.BENCH_PROVIDER)) {
            rs.next();
            return new long[]{rs.getLong(1), rs.getLong(2)};
        }
    }

    static Result measure(Options o, List<ServerProcess> servers, Path lua, Path tokens, long[] slots, String endpoint,
                          int connections) throws IOException, InterruptedException {
        if (o.warmup() > 0) {
            wrk(servers, lua, tokens, slots, endpoint, connections, o.warmup());
        }
        long cpuBefore = cpuMillis(servers);
        List<Map<String, Double>> runs = wrk(servers, lua, tokens, slots, endpoint, connections, o.duration());
        long cpuAfter = cpuMillis(servers);
        double rps = 0;
        long p50 = 0;
        long p99 = 0;
        long p999 = 0;
        long max = 0;
        long requests = 0;
        long status = 0;
        long socket = 0;
        for (Map<String, Double> r : runs) {
            rps += r.get("requests") / (r.get("duration_us") / 1e6);
            requests += r.get("requests").longValue();
            p50 = Math.max(p50, r.get("p50_us").longValue());
            p99 = Math.max(p99, r.get("p99_us").longValue());
            p999 = Math.max(p999, r.get("p999_us").longValue());
            max = Math.max(max, r.get("max_us").longValue());
            status += r.get("status_errors").longValue();
            socket += r.get("connect_errors").longValue() + r.get("read_errors").longValue() + r.get("write_errors").longValue()
                    + r.get("timeouts").longValue();
        }
        double cpu = cpuBefore < 0 || cpuAfter < 0 ? Double.NaN : (cpuAfter - cpuBefore) * 1000.0 / Math.max(1, requests);
        return new Result(endpoint, connections, rps, p50, p99, p999, max, requests, status, socket, cpu);
    }

    /** Runs wrk against every server at once, the connections shared out; one figure map per server. */
    static List<Map<String, Double>> wrk(List<ServerProcess> servers, Path lua, Path tokens, long[] slots, String endpoint,
                                         int connections, int seconds) throws IOException, InterruptedException {
        List<CompletableFuture<Map<String, Double>>> runs = new ArrayList<>();
        int per = Math.max(1, connections / servers.size());
        for (ServerProcess s : servers) {
            int threads = Math.min(2, per);
            List<String> cmd = List.of("wrk", "-t" + threads, "-c" + per, "-d" + seconds + "s", "--timeout", "10s", "-s",
                    lua.toString(), "http://127.0.0.1:" + s.port, "--", endpoint, tokens.toString(), Long.toString(slots[0]),
                    Long.toString(slots[1]), Integer.toString(Seed.PROVIDERS));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            runs.add(CompletableFuture.supplyAsync(() -> {
                String out;
                try {
                    out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    p.waitFor();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                Matcher m = RESULT.matcher(out);
                if (!m.find()) {
                    throw new IllegalStateException("wrk said:\n" + out);
                }
                return parseFlatJson(m.group(1));
            }));
        }
        List<Map<String, Double>> out = new ArrayList<>();
        for (CompletableFuture<Map<String, Double>> f : runs) {
            out.add(f.join());
        }
        return out;
    }

    static Map<String, Double> parseFlatJson(String json) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String part : json.replaceAll("[{}\"]", "").split(",")) {
            String[] kv = part.split(":");
            m.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
        }
        return m;
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0] + " "
                    + Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[1];
        } catch (IOException e) {
            return "?";
        }
    }

    static String machine() {
        StringBuilder sb = new StringBuilder();
        try {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            String mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> l.replaceAll("\\D", "")).map(kb -> Long.parseLong(kb) / 1024 / 1024 + " GiB").orElse("?");
            String os = Files.readAllLines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME="))
                    .findFirst().map(l -> l.substring(12).replace("\"", "")).orElse("?");
            sb.append(Runtime.getRuntime().availableProcessors()).append(" × ").append(cpu).append(", ").append(mem)
                    .append(" RAM, ").append(os).append(", Java ").append(System.getProperty("java.version"));
        } catch (IOException e) {
            sb.append("?");
        }
        return sb.toString();
    }

    static String report(Options o, List<Result> results, String seedNote, String loadBefore, String loadAfter) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n### ").append(o.label()).append(": ").append(o.db().equals("postgres") ? "PostgreSQL" : "SQLite")
                .append(o.servers() > 1 ? ", " + o.servers() + " servers" : "").append(", ")
                .append(String.format(Locale.ROOT, "%,d", o.residents())).append(" residents (")
                .append(OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES)).append(")\n\n");
        sb.append("Machine: ").append(machine()).append(". Load average (1 min, 5 min) before ").append(loadBefore)
                .append(", after ").append(loadAfter).append(". ").append(seedNote).append(". wrk ")
                .append(o.warmup()).append(" s warm-up then ").append(o.duration()).append(" s, ")
                .append(o.tokens()).append(" signed-in residents picked at random; server ")
                .append(String.join(" ", o.serverOpts())).append(". Server CPU µs/req: the server process's user + system CPU ")
                .append("time per request (from /proc), which other programs on the machine hardly change; CPU ratio: ")
                .append("/health's CPU per request ÷ the endpoint's.\n\n");
        sb.append("| endpoint | conns | req/s | ratio to /health | p50 ms | p99 ms | p99.9 ms | server CPU µs/req | CPU ratio | non-2xx |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int c : o.connections()) {
            double health = results.stream().filter(r -> r.connections() == c && r.endpoint().equals("health"))
                    .mapToDouble(Result::rps).findFirst().orElse(Double.NaN);
            double healthCpu = results.stream().filter(r -> r.connections() == c && r.endpoint().equals("health"))
                    .mapToDouble(Result::cpuMicrosPerRequest).findFirst().orElse(Double.NaN);
            for (Result r : results) {
                if (r.connections() != c) {
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %.2f | %.2f | %.2f | %.2f | %.0f | %.2f | %s |%n",
                        label(r.endpoint()), c, r.rps(), r.rps() / health, r.p50() / 1000.0, r.p99() / 1000.0,
                        r.p999() / 1000.0, r.cpuMicrosPerRequest(), healthCpu / r.cpuMicrosPerRequest(),
                        r.nonSuccess() == 0 ? "0" : String.format(Locale.ROOT, "%.1f %%",
                                100.0 * r.nonSuccess() / Math.max(1, r.requests()))
                                + (r.socketErrors() > 0 ? " (" + r.socketErrors() + " socket errors)" : "")));
            }
        }
        return sb.toString();
    }

    static String label(String endpoint) {
        return switch (endpoint) {
            case "health" -> "`GET /health`";
            case "me" -> "`GET /me`";
            case "subsidies" -> "`GET /residents/{id}/subsidies`";
            case "subsidy" -> "`GET /residents/{id}/subsidies/{id}`";
            case "requests" -> "`GET /residents/{id}/requests`";
            case "slots" -> "`GET /slots` (one provider, 7 days)";
            case "inbox" -> "`GET /messages`";
            case "unread" -> "`GET /messages/unread-count`";
            case "apply" -> "`POST /residents/{id}/subsidies`";
            case "book" -> "`POST /residents/{id}/bookings`";
            case "request" -> "`POST /residents/{id}/requests`";
            default -> endpoint;
        };
    }

    /** The server jar running as its own process; its output goes to a log file. */
    static final class ServerProcess {
        final Process process;
        final int port;

        private ServerProcess(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static ServerProcess start(Options o, int index) throws IOException, InterruptedException {
            return start(o, index, o.serverJar(), o.label());
        }

        static ServerProcess start(Options o, int index, Path jar, String tag) throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(o.serverOpts());
            cmd.addAll(List.of("-jar", jar.toString(), "--port=0", "--bind=127.0.0.1", "--db-url=" + o.url()));
            if (o.user() != null) {
                cmd.add("--db-user=" + o.user());
            }
            ProcessBuilder pb = new ProcessBuilder(cmd);
            if (o.password() != null) {
                pb.environment().put("HUZHONG_DB_PASSWORD", o.password());
            }
            pb.environment().put("HUZHONG_DATA_DIR", o.work().resolve("data").toString());
            Path log = o.work().resolve("server-" + tag + "-" + o.db() + "-" + index + ".log");
            pb.redirectError(log.toFile());
            Process p = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            String line;
            while (port < 0 && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                Matcher m = STARTED.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            if (port < 0) {
                p.destroyForcibly();
                throw new IllegalStateException("the server did not start; see " + log);
            }
            Thread drain = new Thread(() -> {
                try {
                    out.transferTo(java.io.Writer.nullWriter());
                } catch (IOException ignored) {
                    // the server stopped
                }
            }, "server-stdout");
            drain.setDaemon(true);
            drain.start();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() != 200) {
                p.destroyForcibly();
                throw new IllegalStateException("health: " + health.statusCode() + " " + health.body());
            }
            return new ServerProcess(p, port);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}

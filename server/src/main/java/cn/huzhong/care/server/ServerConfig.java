package cn.huzhong.care.server;

import cn.huzhong.care.server.auth.AuthService;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How the server runs. From environment variables and command-line arguments (arguments win):
 *
 * <pre>
 * HUZHONG_DB_URL        --db-url=       jdbc:sqlite:FILE (default: DATA_DIR/huzhong-care.db) or jdbc:postgresql://…
 * HUZHONG_DB_USER       --db-user=      PostgreSQL user
 * HUZHONG_DB_PASSWORD                   PostgreSQL password (environment only: arguments show in `ps`)
 * HUZHONG_BIND          --bind=         address to listen on (default 127.0.0.1)
 * HUZHONG_PORT          --port=         port (default 8080; 0 = any free port)
 * HUZHONG_DATA_DIR      --data-dir=     directory for the SQLite file (default ./data)
 * HUZHONG_DEMO          --demo          seed the synthetic demo district (idempotent)
 * HUZHONG_POLICY        --policy=       policy switch overrides, e.g. LIVING_SUBSIDY_NEAR_DIBAO=on
 * HUZHONG_TRUST_PROXY   --trust-proxy[=N] N reverse proxies of yours in front (default 0; bare = 1): the client
 *                                       address is the N-th X-Forwarded-For entry from the right
 * HUZHONG_SESSION_DAYS  --session-days= session lifetime in days (default 30)
 * HUZHONG_METRICS_PORT  --metrics-port= Prometheus metrics on this port (default off; 0 = any free port)
 * HUZHONG_METRICS_BIND  --metrics-bind= address of the metrics port (default 127.0.0.1: never public)
 * </pre>
 *
 * <p>{@link #toString()} leaves the database password out: a config printed in a log or an error says nothing
 * secret.
 */
public record ServerConfig(String databaseUrl, String databaseUser, String databasePassword, String bindAddress,
                           int port, Path dataDirectory, boolean demo, Clock clock, Duration sessionTtl,
                           AuthService.Limits limits, String policyOverrides, int trustedProxies, Integer metricsPort,
                           String metricsBind) {

    public static final String USAGE = """
            Huzhong Care server
              --db-url=URL        jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB (env HUZHONG_DB_URL)
              --db-user=USER      database user (env HUZHONG_DB_USER; password only in env HUZHONG_DB_PASSWORD)
              --bind=ADDRESS      listen address, default 127.0.0.1 (env HUZHONG_BIND)
              --port=PORT         default 8080, 0 for any free port (env HUZHONG_PORT)
              --data-dir=DIR      where the SQLite file lives, default ./data (env HUZHONG_DATA_DIR)
              --demo              seed the synthetic demo district and print the demo accounts (env HUZHONG_DEMO=true)
              --policy=SWITCHES   e.g. LIVING_SUBSIDY_NEAR_DIBAO=on,NURSING_LEVEL4_INTELLECTUAL_MENTAL=off (env HUZHONG_POLICY)
              --trust-proxy[=N]   N reverse proxies of yours in front (bare: 1); the client address is then the
                                  N-th X-Forwarded-For entry from the right (env HUZHONG_TRUST_PROXY=N or true)
              --session-days=N    session lifetime, default 30 (env HUZHONG_SESSION_DAYS)
              --metrics-port=PORT Prometheus metrics at http://BIND:PORT/metrics, default off (env HUZHONG_METRICS_PORT)
              --metrics-bind=ADDR address of the metrics port, default 127.0.0.1 (env HUZHONG_METRICS_BIND)
            """;

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (metricsPort != null && (metricsPort < 0 || metricsPort > 65_535)) {
            throw new IllegalArgumentException("metrics port must be 0-65535: " + metricsPort);
        }
        if (trustedProxies < 0 || trustedProxies > 10) {
            throw new IllegalArgumentException("trusted proxies must be 0-10: " + trustedProxies);
        }
        metricsBind = metricsBind == null || metricsBind.isBlank() ? "127.0.0.1" : metricsBind;
    }

    /** True when the client address is read from X-Forwarded-For. */
    public boolean trustForwardedFor() {
        return trustedProxies > 0;
    }

    @Override
    public String toString() {
        return "ServerConfig[databaseUrl=" + safeDatabaseUrl() + ", databaseUser=" + databaseUser + ", databasePassword="
                + (databasePassword == null || databasePassword.isEmpty() ? "(none)" : "***") + ", bindAddress="
                + bindAddress + ", port=" + port + ", dataDirectory=" + dataDirectory + ", demo=" + demo + ", sessionTtl="
                + sessionTtl + ", limits=" + limits + ", policyOverrides=" + policyOverrides + ", trustedProxies="
                + trustedProxies + ", metricsPort=" + metricsPort + ", metricsBind=" + metricsBind + "]";
    }

    /** An embedded or test server: SQLite in {@code dir}, 127.0.0.1, any free port. */
    public static ServerConfig local(Path dir, boolean demo) {
        return new ServerConfig("jdbc:sqlite:" + dir.resolve("huzhong-care.db"), null, null, "127.0.0.1", 0, dir, demo,
                Clock.systemUTC(), Duration.ofDays(30), AuthService.Limits.standard(), null, 0, null, null);
    }

    public ServerConfig withClock(Clock c) {
        return new ServerConfig(databaseUrl, databaseUser, databasePassword, bindAddress, port, dataDirectory, demo, c,
                sessionTtl, limits, policyOverrides, trustedProxies, metricsPort, metricsBind);
    }

    public ServerConfig withLimits(AuthService.Limits l) {
        return new ServerConfig(databaseUrl, databaseUser, databasePassword, bindAddress, port, dataDirectory, demo, clock,
                sessionTtl, l, policyOverrides, trustedProxies, metricsPort, metricsBind);
    }

    public ServerConfig withDatabase(String url, String user, String password) {
        return new ServerConfig(url, user, password, bindAddress, port, dataDirectory, demo, clock, sessionTtl, limits,
                policyOverrides, trustedProxies, metricsPort, metricsBind);
    }

    public ServerConfig withPolicy(String overrides) {
        return new ServerConfig(databaseUrl, databaseUser, databasePassword, bindAddress, port, dataDirectory, demo, clock,
                sessionTtl, limits, overrides, trustedProxies, metricsPort, metricsBind);
    }

    public ServerConfig withTrustedProxies(int proxies) {
        return new ServerConfig(databaseUrl, databaseUser, databasePassword, bindAddress, port, dataDirectory, demo, clock,
                sessionTtl, limits, policyOverrides, proxies, metricsPort, metricsBind);
    }

    public ServerConfig withMetrics(Integer metricsPort, String metricsBind) {
        return new ServerConfig(databaseUrl, databaseUser, databasePassword, bindAddress, port, dataDirectory, demo, clock,
                sessionTtl, limits, policyOverrides, trustedProxies, metricsPort, metricsBind);
    }

    public ServerConfig withSessionTtl(Duration ttl) {
        return new ServerConfig(databaseUrl, databaseUser, databasePassword, bindAddress, port, dataDirectory, demo, clock,
                ttl, limits, policyOverrides, trustedProxies, metricsPort, metricsBind);
    }

    /** Reads the environment, then the arguments; an unknown argument is an error that shows the usage. */
    public static ServerConfig from(Map<String, String> env, String[] args) {
        String dbUrl = env.get("HUZHONG_DB_URL");
        String dbUser = env.get("HUZHONG_DB_USER");
        String dbPassword = env.get("HUZHONG_DB_PASSWORD");
        String bind = env.getOrDefault("HUZHONG_BIND", "127.0.0.1");
        String port = env.getOrDefault("HUZHONG_PORT", "8080");
        String dataDir = env.getOrDefault("HUZHONG_DATA_DIR", "data");
        boolean demo = isTrue(env.get("HUZHONG_DEMO"));
        String policy = env.get("HUZHONG_POLICY");
        String trustProxy = env.get("HUZHONG_TRUST_PROXY");
        String sessionDays = env.getOrDefault("HUZHONG_SESSION_DAYS", "30");
        String metricsPort = env.get("HUZHONG_METRICS_PORT");
        String metricsBind = env.get("HUZHONG_METRICS_BIND");
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            String value = kv.length == 2 ? kv[1] : null;
            switch (kv[0]) {
                case "--db-url" -> dbUrl = required(arg, value);
                case "--db-user" -> dbUser = required(arg, value);
                case "--bind" -> bind = required(arg, value);
                case "--port" -> port = required(arg, value);
                case "--data-dir" -> dataDir = required(arg, value);
                case "--demo" -> demo = value == null || isTrue(value);
                case "--policy" -> policy = required(arg, value);
                case "--trust-proxy" -> trustProxy = value == null ? "1" : value;
                case "--session-days" -> sessionDays = required(arg, value);
                case "--metrics-port" -> metricsPort = required(arg, value);
                case "--metrics-bind" -> metricsBind = required(arg, value);
                default -> throw new IllegalArgumentException("unknown argument: " + arg + "\n\n" + USAGE);
            }
        }
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        if (dbUrl == null || dbUrl.isBlank()) {
            dbUrl = "jdbc:sqlite:" + dir.resolve("huzhong-care.db");
        }
        int portNumber;
        int days;
        Integer metrics;
        try {
            portNumber = Integer.parseInt(port.trim());
            days = Integer.parseInt(sessionDays.trim());
            metrics = metricsPort == null || metricsPort.isBlank() ? null : Integer.valueOf(metricsPort.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ports and session days must be numbers\n\n" + USAGE, e);
        }
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("session days must be 1-365");
        }
        return new ServerConfig(dbUrl, dbUser, dbPassword, bind, portNumber, dir, demo, Clock.systemUTC(),
                Duration.ofDays(days), AuthService.Limits.standard(), policy, proxies(trustProxy), metrics, metricsBind);
    }

    /** {@code true}/{@code on} is one proxy, a number is that many, anything false or absent none. */
    private static int proxies(String v) {
        if (v == null || v.isBlank()) {
            return 0;
        }
        String t = v.trim();
        if (t.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t);
        }
        if (isTrue(t)) {
            return 1;
        }
        if (switch (t.toLowerCase(Locale.ROOT)) {
            case "0", "false", "no", "off" -> true;
            default -> false;
        }) {
            return 0;
        }
        throw new IllegalArgumentException("trust proxy must be a number of proxies, true or false: " + v + "\n\n" + USAGE);
    }

    private static String required(String arg, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(arg + " needs a value, e.g. " + arg + "=…\n\n" + USAGE);
        }
        return value;
    }

    private static boolean isTrue(String v) {
        return v != null && switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            default -> false;
        };
    }

    /** The database URL without any password, for logs. */
    public String safeDatabaseUrl() {
        return databaseUrl.replaceAll("(?i)password=[^&;]*", "password=***");
    }
}

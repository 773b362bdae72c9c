package cn.huzhong.care.server.metrics;

import cn.huzhong.care.server.http.RequestLog;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus metrics, served on a port of their own ({@code HUZHONG_METRICS_PORT}, bound to 127.0.0.1 unless told
 * otherwise) and never on the public API port:
 * <ul>
 *   <li>{@code huzhong_http_requests_seconds}: count, sum and latency histogram per method, route template and
 *       status (the request rate is its count's rate);</li>
 *   <li>{@code huzhong_http_errors_total}: answers of 400 and above, per status;</li>
 *   <li>{@code huzhong_idempotent_replays_total}: POSTs answered from a stored response (an outbox resending what
 *       already arrived), per route;</li>
 *   <li>{@code hikaricp_connections_*}: the database pool (active, idle, pending, acquire time, usage time);</li>
 *   <li>the JVM's memory, garbage collection, threads, CPU and uptime.</li>
 * </ul>
 */
public final class Metrics implements AutoCloseable {
    /** Histogram buckets: what a person notices lies between a few milliseconds and a few seconds. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
            Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();
    private HttpServer server;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Reports the connection pool's use (Hikari's own Micrometer tracker). */
    public void bindPool(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
    }

    /** Records one finished request (called by the request logger, after the answer is written). */
    public void record(Context ctx, Float ms) {
        String method = ctx.req().getMethod();
        String route = RequestLog.route(ctx);
        int status = ctx.statusCode();
        String key = method + ' ' + route + ' ' + status;
        timers.computeIfAbsent(key, k -> Timer.builder("huzhong.http.requests")
                        .description("HTTP requests by method, route template and status")
                        .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry))
                .record((long) ((ms == null ? 0f : ms) * 1_000_000L), TimeUnit.NANOSECONDS);
        if (status >= 400) {
            counters.computeIfAbsent("error " + status, k -> Counter.builder("huzhong.http.errors")
                    .description("answers with a status of 400 or more").tag("status", Integer.toString(status))
                    .register(registry)).increment();
        }
        if ("true".equals(ctx.res().getHeader("Idempotent-Replayed"))) {
            counters.computeIfAbsent("replay " + route, k -> Counter.builder("huzhong.idempotent.replays")
                    .description("POSTs answered from the stored first response (Idempotency-Key seen before)")
                    .tag("route", route).register(registry)).increment();
        }
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }

    /** Serves {@code GET /metrics} on {@code bind:port}; returns the port (useful with 0). */
    public int start(String bind, int port) {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true"); // else the JDK server stalls ~40 ms per answer
        }
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the metrics port " + bind + ":" + port, e);
        }
        server.createContext("/metrics", exchange -> {
            try (exchange) {
                if (!"GET".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                byte[] body = scrape().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "huzhong-metrics");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        gc.close();
        registry.close();
    }
}

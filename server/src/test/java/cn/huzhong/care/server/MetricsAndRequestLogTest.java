package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Operable in production: Prometheus metrics on their own port (never on the API's), and one structured log line
 * per request whose id is the one the answer carries.
 */
class MetricsAndRequestLogTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(true, cfg -> cfg.withMetrics(0, null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String scrape() throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.app.metricsPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        return r.body();
    }

    @Test
    void metrics_onTheirOwnPort_requestsPerRouteWithLatencyHistogram_errorsByStatus_pool_replays() throws Exception {
        Http wang = server.as(TestServer.WANG);
        long resident = wang.get(ApiPaths.ME).as(MeResponse.class).actingFor().get(0).residentId();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, wang.get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, resident)).status());
        }
        assertEquals(401, server.http.get(ApiPaths.ME).status());
        String path = ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, resident);
        Map<String, String> key = Map.of("Idempotency-Key", "metrics-replay-1");
        Map<String, Object> body = Map.of("type", "OTHER", "description", "想请人来修一下轮椅");
        assertEquals(201, wang.post(path, body, key).status());
        Http.Resp replay = wang.post(path, body, key);
        assertEquals("true", replay.header("Idempotent-Replayed"));

        String text = scrape();
        assertTrue(text.contains("huzhong_http_requests_seconds_count{method=\"GET\",route=\"/api/v1/residents/{residentId}/subsidies\",status=\"200\"} 3"),
                "requests per route template");
        assertTrue(text.contains("huzhong_http_requests_seconds_bucket{method=\"GET\",route=\"/api/v1/residents/{residentId}/subsidies\",status=\"200\",le=\"0.025\"}"),
                "a latency histogram");
        assertTrue(text.contains("huzhong_http_errors_total{status=\"401\"}"), "errors by status");
        assertTrue(text.contains("huzhong_idempotent_replays_total{route=\"/api/v1/residents/{residentId}/requests\"} 1"),
                "replays");
        assertTrue(text.contains("hikaricp_connections_active"), "the database pool");
        assertTrue(text.contains("jvm_memory_used_bytes"), "the JVM");
        assertFalse(text.contains("13900000001") || text.contains(TestServer.WANG), "no personal data in labels");
    }

    @Test
    void metrics_areNotOnTheApiPort() {
        Http.Resp r = server.http.sendUnchecked("GET", "/metrics", null, Map.of());
        assertEquals(404, r.status());
        assertEquals(404, server.http.sendUnchecked("GET", "/api/v1/metrics", null, Map.of()).status());
    }

    @Test
    void everyRequest_oneJsonLogLine_withTheRequestIdOfTheAnswer_andNothingPersonal() throws Exception {
        String log = System.getProperty("org.slf4j.simpleLogger.logFile");
        org.junit.jupiter.api.Assumptions.assumeTrue(log != null && !log.startsWith("System."),
                "the test logs go to a file (server/pom.xml)");
        Http.Resp r = server.http.send("GET", ApiPaths.RESIDENTS + "?certificateNumber=23276419580312021X41", null,
                Map.of("X-Request-Id", "logtest-7c1f0d2e"));
        assertEquals(401, r.status());
        assertEquals("logtest-7c1f0d2e", r.problem().requestId());
        String line = null;
        for (int i = 0; i < 50 && line == null; i++) { // the line is written after the answer is sent
            line = Files.readAllLines(Path.of(log), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("\"rid\":\"logtest-7c1f0d2e\"")).findFirst().orElse(null);
            if (line == null) {
                Thread.onSpinWait();
                Thread.sleep(20);
            }
        }
        assertNotNull(line, "no request log line for the request id");
        String json = line.substring(line.indexOf('{'));
        var o = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        assertEquals("GET", o.get("method").getAsString());
        assertEquals("/api/v1/residents", o.get("route").getAsString());
        assertEquals(401, o.get("status").getAsInt());
        assertTrue(o.has("ms") && o.has("ip"));
        assertFalse(line.contains("23276419580312021X41"), "the query string (a certificate number) is not logged");
        List<String> keys = o.keySet().stream().sorted().toList();
        assertEquals(List.of("ip", "method", "ms", "path", "rid", "route", "status"), keys);
    }
}

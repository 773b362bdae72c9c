package cn.huzhong.care.app.data.remote;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.i18n.Lang;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How ApiClient reads answers it cannot get from the real server on demand: odd statuses, proxies, dead ports. */
class ApiClientTest {
    MockWebServer server;
    ApiClient client;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        URI base = server.url("/").uri();
        client = new ApiClient(() -> base, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse problem(int code, String json) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/problem+json").body(json).build();
    }

    @Test
    void rateLimited_readsRetryAfterFromTheHeader_andKeepsTheServersMessage() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "17")
                .setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"https://huzhong.care/problems/rate-limited\",\"title\":\"尝试次数过多\",\"status\":429,"
                        + "\"detail\":\"登录尝试太频繁，请在 17 秒后再试。\",\"errors\":[]}").build());
        ApiFailure.RateLimited e = assertThrows(ApiFailure.RateLimited.class,
                () -> client.signIn("13900000001", "x", Lang.ZH));
        assertEquals(17, e.retryAfterSeconds());
        assertEquals("尝试次数过多。登录尝试太频繁，请在 17 秒后再试。", e.userMessage());
    }

    @Test
    void validation_keepsEachFieldsMessage() {
        server.enqueue(problem(422, "{\"title\":\"Check the marked fields\",\"status\":422,\"detail\":\"Fix them.\","
                + "\"errors\":[{\"field\":\"phone\",\"code\":\"phone\",\"message\":\"Enter an 11-digit number\"}]}"));
        ApiFailure.Invalid e = assertThrows(ApiFailure.Invalid.class, () -> client.signIn("1", "x", Lang.EN));
        assertEquals("Enter an 11-digit number", e.messageFor("phone").orElseThrow());
        assertTrue(e.messageFor("password").isEmpty());
    }

    @Test
    void conflictAndNotFound_areRejected_withStatus() {
        server.enqueue(problem(409, "{\"title\":\"与当前状态冲突\",\"status\":409,\"detail\":\"这项补贴已经在申请中。\"}"));
        ApiFailure.Rejected e = assertThrows(ApiFailure.Rejected.class,
                () -> client.apply("t", 7, BenefitKind.NURSING_SUBSIDY, "k1", Lang.ZH));
        assertEquals(409, e.status());
        assertTrue(e.userMessage().contains("已经在申请中"));
    }

    @Test
    void aProxysHtmlErrorPage_isAServerError_withoutAMessage() {
        server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html").body("<h1>Bad gateway</h1>").build());
        ApiFailure.ServerError e = assertThrows(ApiFailure.ServerError.class, () -> client.hotlines(Lang.ZH));
        assertEquals(502, e.status());
        assertEquals("", e.userMessage());
    }

    @Test
    void aGarbledSuccess_isAServerError_notACrash() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("{not json").build());
        assertInstanceOf(ApiFailure.ServerError.class, assertThrows(ApiFailure.class, () -> client.me("t", Lang.ZH)));
    }

    @Test
    void sendsLanguageTokenAndIdempotencyKey() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
                .body("{\"summary\":{\"id\":5,\"residentId\":7,\"kind\":\"NURSING_SUBSIDY\",\"name\":\"护理补贴\","
                        + "\"step\":\"SUBMITTED\",\"amountFen\":10000},\"timeline\":[],\"payments\":[],\"totalPaidFen\":0}")
                .build());
        var detail = client.apply("tok", 7, BenefitKind.NURSING_SUBSIDY, "key-1", Lang.EN);
        assertEquals(5, detail.summary().id());
        RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
        assertEquals("POST", r.getMethod());
        assertEquals("/api/v1/residents/7/subsidies", r.getUrl().encodedPath());
        assertEquals("Bearer tok", r.getHeaders().get("Authorization"));
        assertEquals("en", r.getHeaders().get("Accept-Language"));
        assertEquals("key-1", r.getHeaders().get("Idempotency-Key"));
        assertEquals("{\"kind\":\"NURSING_SUBSIDY\"}", r.getBody().utf8());
    }

    @Test
    void nobodyListening_isUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI dead = URI.create("http://127.0.0.1:" + port);
        ApiClient offline = new ApiClient(() -> dead, Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThrows(ApiFailure.Unreachable.class, () -> offline.hotlines(Lang.ZH));
        assertThrows(ApiFailure.Unreachable.class, () -> new ApiClient(() -> null).hotlines(Lang.ZH),
                "no server configured");
    }

    @Test
    void retryAfter_asAnHttpDate_orMissing() {
        String inTwoMinutes = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(120));
        long s = ApiClient.retryAfter(inTwoMinutes, null);
        assertTrue(s > 100 && s <= 120, "about two minutes: " + s);
        assertEquals(60, ApiClient.retryAfter(null, null));
        assertEquals(9, ApiClient.retryAfter("soon", new cn.huzhong.care.core.api.ApiProblem(null, "t", 429, "d", null, null, 9)));
    }

    @Test
    void plainHttpToAnotherComputer_isRefusedBeforeAnythingIsSent() {
        ApiClient remote = new ApiClient(() -> URI.create("http://care.example.cn"), Duration.ofSeconds(2), Duration.ofSeconds(2));
        ApiFailure.Unreachable e = assertThrows(ApiFailure.Unreachable.class,
                () -> remote.signIn("13900000001", "secret-password", Lang.ZH));
        assertTrue(e.getMessage().contains("http://"), e.getMessage());
        // this computer is fine over http (the embedded demo server, a developer's local one)
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("[]").build());
        assertEquals(0, client.hotlines(Lang.ZH).size());
    }
}

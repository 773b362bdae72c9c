package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.server.support.Fixtures;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.RawHttp;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.huzhong.care.server.support.TestServer.STAFF_DISTRICT;
import static cn.huzhong.care.server.support.TestServer.STAFF_HUYUAN;
import static cn.huzhong.care.server.support.TestServer.ZHAO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The defects outside probing found (issue 9), each kept fixed: NUL in free text (a 500 on PostgreSQL), text rules
 * fooled by zero-width spaces, far-future dates overflowing, Jetty's HTML error pages, X-HTTP-Method-Override,
 * lenient JSON and content types, and the request id every answer now carries.
 */
class HardeningApiTest {
    static TestServer server;
    static Fixtures f;

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
        f = new Fixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void assertFieldError(Http.Resp r, String field, String code, String what) {
        assertEquals(422, r.status(), () -> what + " → " + r);
        ApiProblem p = r.problem();
        assertTrue(p.errors().stream().anyMatch(e -> e.field().equals(field) && e.code().equals(code)),
                () -> what + ": expected " + field + ":" + code + " in " + r);
    }

    /** The eleven free-text fields that answered 500 on PostgreSQL (and stored the NUL on SQLite). */
    @ParameterizedTest
    @ValueSource(strings = {"request description", "hotline message", "hotline follow-up", "desk reply", "application note",
            "booking note", "advance note", "reject reason", "transition reason", "cancel reason", "name search"})
    void nulInFreeText_422NamingTheField_onBothDatabases(String where) {
        String nul = "有一个\u0000字符";
        String residentBase = ApiPaths.fill(ApiPaths.RESIDENT, f.resident);
        Http self = server.as(ZHAO);
        Http staff = server.as(STAFF_HUYUAN);
        Http.Resp r;
        String field;
        switch (where) {
            case "request description" -> {
                r = self.post(residentBase + "/requests", Map.of("type", "OTHER", "description", nul));
                field = "description";
            }
            case "hotline message" -> {
                r = self.post(residentBase + "/hotline-threads", Map.of("topic", "POLICY", "message", nul));
                field = "message";
            }
            case "hotline follow-up" -> {
                r = self.post(residentBase + "/hotline-threads/" + f.thread + "/messages", Map.of("body", nul));
                field = "body";
            }
            case "desk reply" -> {
                r = staff.post(ApiPaths.fill(ApiPaths.HOTLINE_REPLIES, f.thread), Map.of("body", nul));
                field = "body";
            }
            case "application note" -> {
                r = self.post(residentBase + "/subsidies", Map.of("kind", "SUPPORTED_LIVING", "note", nul));
                field = "note";
            }
            case "booking note" -> {
                r = self.post(residentBase + "/bookings", Map.of("slotId", f.freeSlots.get(3), "note", nul));
                field = "note";
            }
            case "advance note" -> {
                r = staff.post(ApiPaths.fill(ApiPaths.SUBSIDY_ADVANCE, f.subsidy), Map.of("note", nul));
                field = "note";
            }
            case "reject reason" -> {
                r = staff.post(ApiPaths.fill(ApiPaths.SUBSIDY_REJECT, f.subsidy), Map.of("reason", nul));
                field = "reason";
            }
            case "transition reason" -> {
                r = staff.post(ApiPaths.fill(ApiPaths.REQUEST_TRANSITIONS, f.request), Map.of("to", "REJECTED", "reason", nul));
                field = "reason";
            }
            case "cancel reason" -> {
                r = self.post(residentBase + "/requests/" + f.request + "/cancel", Map.of("reason", nul));
                field = "reason";
            }
            case "name search" -> {
                r = server.as(STAFF_DISTRICT).get(ApiPaths.RESIDENTS + "?name=%E8%B5%B5%00");
                field = "name";
            }
            default -> throw new IllegalArgumentException(where);
        }
        assertFieldError(r, field, "control", where);
        assertTrue(r.problem().errors().get(0).message().contains("控制字符"), r::toString);
    }

    @Test
    void otherControlCharacters_refusedToo_butLineBreaksAndTabsAreText() {
        String requests = ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, f.resident);
        for (String bad : List.of("响铃\u0007响铃", "转义\u001b[31m红色", "删除\u007f字符", "C1\u0085控制")) {
            assertFieldError(server.as(ZHAO).post(requests, Map.of("type", "OTHER", "description", bad)), "description",
                    "control", bad);
        }
        // half a surrogate pair can only arrive as a JSON escape (UTF-8 cannot carry one): strict JSON refuses it
        Http.Resp surrogate = server.as(ZHAO).send("POST", requests, "{\"type\":\"OTHER\",\"description\":\"半个\\ud800代理\"}",
                Map.of());
        assertEquals(400, surrogate.status(), surrogate::toString);
        Http.Resp ok = server.as(ZHAO).post(requests, Map.of("type", "OTHER", "description", "第一行\n第二行\t缩进\r\n第三行"));
        assertEquals(201, ok.status(), ok::toString);
    }

    @Test
    void textRules_countVisibleCharacters_zeroWidthSpacesAreNothing() {
        String requests = ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, f.resident);
        assertFieldError(server.as(ZHAO).post(requests, Map.of("type", "OTHER", "description", "\u200b".repeat(5))),
                "description", "required", "five zero-width spaces");
        assertFieldError(server.as(ZHAO).post(requests, Map.of("type", "OTHER", "description", "帮\u200b\u200b\ufeff\u2060忙")),
                "description", "tooShort", "two characters padded with invisible ones");
        assertFieldError(server.as(ZHAO).post(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, f.resident),
                Map.of("topic", "POLICY", "message", "\u3164\u2800\u00a0")), "message", "required", "blank fillers");
        assertEquals(201, server.as(ZHAO).post(requests, Map.of("type", "OTHER", "description", "帮\u200b我修轮椅")).status());
    }

    @Test
    void publishingASlotCenturiesAhead_isA422_notAnOverflow() {
        String publish = ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, f.provider);
        Http staff = server.as(STAFF_HUYUAN);
        for (String startsAt : List.of("+999999999-12-31T09:00:00+08:00", "9999-12-31T09:00:00+08:00")) {
            Http.Resp r = staff.post(publish, Map.of("service", "REHABILITATION", "startsAt", startsAt, "durationMinutes", 45,
                    "capacity", 2));
            assertFieldError(r, "startsAt", "dateRange", startsAt);
        }
        LocalDate today = LocalDate.of(2026, 11, 18);
        assertFieldError(staff.post(publish, Map.of("service", "REHABILITATION", "startsAt", today.plusDays(400) + "T09:00:00+08:00",
                "durationMinutes", 45, "capacity", 2)), "startsAt", "dateRange", "400 days ahead");
        assertEquals(201, staff.post(publish, Map.of("service", "REHABILITATION", "startsAt", today.plusDays(300) + "T09:00:00+08:00",
                "durationMinutes", 45, "capacity", 2)).status(), "300 days ahead is planning, not an attack");
    }

    @Test
    void freeSlotsFromAFarAwayDay_isA422() {
        for (String from : List.of("%2B999999999-12-31", "-999999999-01-01", "1899-12-31", "2200-01-01")) {
            assertFieldError(server.as(ZHAO).get(ApiPaths.SLOTS + "?service=REHABILITATION&from=" + from), "from", "dateRange", from);
        }
    }

    @Test
    void strictJson_numbersAreNotText_textIsNotANumber_wholeNumbersHaveNoFraction() {
        String bookings = ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, f.resident);
        String requests = ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, f.resident);
        long slot = f.freeSlots.get(5);
        List<String[]> cases = List.of(
                new String[]{bookings, "{\"slotId\": " + slot + ".0}"},
                new String[]{bookings, "{\"slotId\": \"" + slot + "\"}"},
                new String[]{bookings, "{\"slotId\": 1e3}"},
                new String[]{bookings, "{\"slotId\": 9223372036854775808}"},
                new String[]{bookings, "{\"slotId\": " + slot + ", \"wheelchairLoan\": \"true\"}"},
                new String[]{requests, "{\"type\": \"RESPITE_CARE\", \"description\": \"需要短期托养\", "
                        + "\"startDate\": \"2026-11-25\", \"days\": \"5\"}"},
                new String[]{requests, "{\"type\": \"OTHER\", \"description\": 1234567}"});
        for (String[] c : cases) {
            Http.Resp r = server.as(ZHAO).send("POST", c[0], c[1], Map.of());
            assertEquals(400, r.status(), () -> c[1] + " → " + r);
            assertEquals("https://huzhong.care/problems/malformed-request", r.problem().type());
        }
    }

    @Test
    void strictContentType_onlyApplicationJsonInUtf8() {
        String requests = ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, f.resident);
        String body = "{\"type\": \"OTHER\", \"description\": \"请来帮我看看\"}";
        for (String ct : List.of("application/jsonx", "application/json-seq", "text/json", "application/json; charset=iso-8859-1")) {
            Http.Resp r = server.as(ZHAO).send("POST", requests, body, Map.of("Content-Type", ct));
            assertEquals(415, r.status(), () -> ct + " → " + r);
        }
        assertEquals(201, server.as(ZHAO).send("POST", requests, body, Map.of("Content-Type", "application/json; charset=UTF-8")).status());
        assertEquals(201, server.as(ZHAO).send("POST", requests, body, Map.of("Content-Type", "Application/JSON")).status());
    }

    @Test
    void bodyThatIsNotUtf8_isA400_notReplacementCharacters() {
        byte[] prefix = "{\"type\":\"OTHER\",\"description\":\"请来".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "帮我看看\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
        RawHttp.Answer a = RawHttp.send(server.app.port(), "POST", ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, f.resident),
                Map.of("Content-Type", "application/json", "Authorization", "Bearer " + server.as(ZHAO).token()), body);
        assertEquals(400, a.status(), a::toString);
        assertTrue(a.body().contains("UTF-8"), a::toString);
    }

    @Test
    void deeplyNestedJson_isA400() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        Http.Resp r = server.as(ZHAO).send("POST", ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, f.resident), deep, Map.of());
        assertEquals(400, r.status(), r::toString);
    }

    @Test
    void methodOverride_isIgnored_aPostStaysAPost() {
        String token = server.http.post(ApiPaths.SESSIONS, Map.of("phone", ZHAO, "password", "demo1234")).json()
                .getAsJsonObject().get("token").getAsString();
        Http h = server.http.as(token);
        for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
            Http.Resp r = h.sendUnchecked("POST", ApiPaths.SESSION_CURRENT, null, Map.of(header, "DELETE"));
            assertTrue(r.status() == 404 || r.status() == 405, () -> header + ": there is no POST here → " + r);
            assertTrue(r.header("Content-Type").startsWith(ApiPaths.PROBLEM_JSON));
            assertEquals(200, h.get(ApiPaths.ME).status(), header + ": the session must still be there");
        }
    }

    /** What Jetty refuses itself used to come back as an HTML page. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/%00", "/api/v1/residents/%00/subsidies", "/api/v1/residents/..;/me", "/api/v1/..;/health",
            "/api/v1/me%ZZ", "/api/v1/%2e%2e/%2e%2e/etc/passwd", "/api/v1/residents/1%2F2"})
    void pathsJettyRefuses_answerProblemJsonWithARequestId(String target) {
        RawHttp.Answer a = RawHttp.send(server.app.port(), "GET", target, Map.of("Accept-Language", "en"), null);
        assertTrue(a.status() >= 400 && a.status() < 500, () -> target + " → " + a);
        assertTrue(String.valueOf(a.header("Content-Type")).startsWith(ApiPaths.PROBLEM_JSON), () -> target + " → " + a);
        JsonObject p = JsonParser.parseString(a.body()).getAsJsonObject();
        assertEquals(a.status(), p.get("status").getAsInt());
        assertEquals(a.header("X-Request-Id"), p.get("requestId").getAsString());
        assertFalse(a.body().contains("<html"), a::toString);
    }

    @Test
    void headersOverTheLimit_answerProblemJson() {
        RawHttp.Answer a = RawHttp.send(server.app.port(), "GET", ApiPaths.HEALTH, Map.of("X-Padding", "p".repeat(25_000)), null);
        assertEquals(431, a.status(), a::toString);
        assertTrue(String.valueOf(a.header("Content-Type")).startsWith(ApiPaths.PROBLEM_JSON), a::toString);
        assertEquals("https://huzhong.care/problems/headers-too-large",
                JsonParser.parseString(a.body()).getAsJsonObject().get("type").getAsString());
    }

    @Test
    void everyAnswer_carriesARequestId_problemsRepeatIt() {
        Http.Resp ok = server.http.get(ApiPaths.HEALTH);
        assertNotNull(ok.header("X-Request-Id"));
        Http.Resp problem = server.http.get(ApiPaths.ME);
        assertEquals(401, problem.status());
        assertEquals(problem.header("X-Request-Id"), problem.problem().requestId());
        assertNotEquals(ok.header("X-Request-Id"), problem.header("X-Request-Id"));
        // a caller's plain id is kept (a proxy's or the app's), anything else replaced
        Http.Resp mine = server.http.send("GET", ApiPaths.ME, null, Map.of("X-Request-Id", "app-2f9c1e7a"));
        assertEquals("app-2f9c1e7a", mine.header("X-Request-Id"));
        assertEquals("app-2f9c1e7a", mine.problem().requestId());
        Http.Resp forged = server.http.send("GET", ApiPaths.ME, null, Map.of("X-Request-Id", "x\"} {\"status\":200"));
        assertTrue(forged.header("X-Request-Id").matches("[0-9a-f]{16}"), forged.header("X-Request-Id"));
    }
}

package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SignInRequest;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.server.auth.AuthService;
import cn.huzhong.care.server.auth.Tokens;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.demo.DemoData;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.huzhong.care.server.support.TestServer.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthApiTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Http.Resp signIn(String phone, String password) {
        return server.http.post(ApiPaths.SESSIONS, new SignInRequest(phone, password));
    }

    @Test
    void signIn_demoResident_returnsTokenAndAccount() {
        Http.Resp r = signIn(WANG, DemoData.PASSWORD);
        assertEquals(201, r.status(), r::toString);
        SessionResponse s = r.as(SessionResponse.class);
        assertTrue(s.token().length() >= 40, "32 random bytes, base64url");
        assertEquals(Role.RESIDENT, s.account().role());
        assertEquals("139****0001", s.account().phoneMasked());
        assertFalse(r.body().contains("13900000001"), "the full phone number is not echoed");
        assertTrue(s.expiresAt().toInstant().isAfter(server.clock.instant().plus(Duration.ofDays(29))));
    }

    @Test
    void signIn_phoneWithSpacesAndDashes_isNormalised() {
        assertEquals(201, signIn("139 0000-0001", DemoData.PASSWORD).status());
    }

    @Test
    void signIn_storesOnlyTheHashOfTheToken() {
        String token = signIn(TestServer.LI, DemoData.PASSWORD).as(SessionResponse.class).token();
        List<String> hashes = server.app.database().read(c -> Sql.list(c, "SELECT token_hash FROM sessions",
                rs -> rs.getString(1)));
        assertTrue(hashes.contains(Tokens.sha256Hex(token)));
        assertFalse(hashes.contains(token));
    }

    @Test
    void signIn_wrongPasswordAndUnknownPhone_sameAnswerInChineseByDefault() {
        Http.Resp wrong = signIn(TestServer.SUN, "wrong-password");
        Http.Resp unknown = signIn("13812345678", "wrong-password");
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertTrue(wrong.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(wrong.problem().title(), unknown.problem().title(), "no hint whether the phone exists");
        assertEquals("手机号或密码不对", wrong.problem().title());
        assertEquals("zh-CN", wrong.header("Content-Language"));
    }

    @Test
    void signIn_english_problemInEnglish() {
        Http.Resp r = server.http.lang("en-GB,en;q=0.9,zh;q=0.5").post(ApiPaths.SESSIONS,
                new SignInRequest("13812345679", "nope-nope"));
        assertEquals(401, r.status());
        assertEquals("Wrong phone number or password", r.problem().title());
        assertEquals("en", r.header("Content-Language"));
    }

    @Test
    void signIn_badFields_422NamesEachField() {
        Http.Resp r = server.http.post(ApiPaths.SESSIONS, Map.of("phone", "12345", "password", ""));
        assertEquals(422, r.status(), r::toString);
        ApiProblem p = r.problem();
        assertEquals(List.of("phone", "password"), p.errors().stream().map(ApiProblem.FieldError::field).toList());
        assertEquals("phone", p.errors().get(0).code());
        assertEquals("required", p.errors().get(1).code());
        assertTrue(p.errors().get(0).message().contains("11 位"), p.errors().get(0).message());
    }

    @Test
    void signIn_malformedJson_400WithoutStackTrace() {
        for (String body : List.of("{", "[]", "\"text\"", "{\"phone\": {\"a\": 1}}", "null", "{\"phone\":\"1\"} trailing")) {
            Http.Resp r = server.http.send("POST", ApiPaths.SESSIONS, body, Map.of());
            assertEquals(400, r.status(), () -> body + " → " + r);
            assertFalse(r.body().contains("Exception"), r.body());
            assertFalse(r.body().contains("at cn.") || r.body().contains("at com."), r.body());
        }
    }

    @Test
    void signIn_wrongContentType_415() {
        Http.Resp r = server.http.send("POST", ApiPaths.SESSIONS, "phone=1", Map.of("Content-Type", "text/plain"));
        assertEquals(415, r.status(), r::toString);
    }

    @Test
    void signIn_oversizedBody_413() {
        String huge = "{\"phone\":\"13900000001\",\"password\":\"" + "x".repeat(70_000) + "\"}";
        Http.Resp r = server.http.send("POST", ApiPaths.SESSIONS, huge, Map.of());
        assertEquals(413, r.status(), r::toString);
        assertEquals("https://huzhong.care/problems/too-large", r.problem().type());
    }

    @Test
    void signOut_revokesTheToken() {
        String token = signIn(TestServer.ZHAO, DemoData.PASSWORD).as(SessionResponse.class).token();
        Http me = server.http.as(token);
        assertEquals(200, me.get(ApiPaths.ME).status());
        assertEquals(204, me.delete(ApiPaths.SESSION_CURRENT).status());
        Http.Resp after = me.get(ApiPaths.ME);
        assertEquals(401, after.status());
        assertEquals("Bearer", after.header("WWW-Authenticate"));
        assertEquals(401, me.delete(ApiPaths.SESSION_CURRENT).status(), "signing out twice: no session left");
    }

    @Test
    void protectedEndpoints_withoutOrWithBadToken_401() {
        assertEquals(401, server.http.get(ApiPaths.ME).status());
        assertEquals(401, server.http.as("not-a-token").get(ApiPaths.ME).status());
        assertEquals(401, server.http.as("x".repeat(500)).get(ApiPaths.ME).status());
        assertEquals(401, server.http.send("GET", ApiPaths.ME, null, Map.of("Authorization", "Basic abc")).status());
    }

    @Test
    void pendingVolunteer_canSignInAndSeeOnlyThemself() {
        Http v = server.as(TestServer.VOLUNTEER_PENDING);
        MeResponse me = v.get(ApiPaths.ME).as(MeResponse.class);
        assertEquals(AccountStatus.PENDING, me.account().status());
        assertTrue(me.actingFor().isEmpty());
        assertEquals(403, v.get(ApiPaths.fill(ApiPaths.RESIDENT, 1)).status());
    }

    @Test
    void suspendedAccount_cannotSignIn() {
        server.app.database().tx(c -> Sql.update(c, "UPDATE accounts SET status = 'SUSPENDED' WHERE phone = ?", "13900000202"));
        try {
            Http.Resp r = signIn("13900000202", DemoData.PASSWORD);
            assertEquals(403, r.status(), r::toString);
            assertEquals("https://huzhong.care/problems/account-not-active", r.problem().type());
            assertEquals(401, signIn("13900000202", "wrong-password").status(), "a wrong password says nothing of the status");
        } finally {
            server.app.database().tx(c -> Sql.update(c, "UPDATE accounts SET status = 'PENDING' WHERE phone = ?", "13900000202"));
        }
    }

    @Test
    void session_expiresAfterItsLifetime() {
        try (TestServer s = TestServer.start(true, cfg -> cfg.withSessionTtl(Duration.ofHours(1)))) {
            Http h = s.as(WANG);
            assertEquals(200, h.get(ApiPaths.ME).status());
            s.clock.advance(Duration.ofMinutes(59));
            assertEquals(200, h.get(ApiPaths.ME).status());
            s.clock.advance(Duration.ofMinutes(1));
            assertEquals(401, h.get(ApiPaths.ME).status());
        }
    }

    @Test
    void account_locksAfterFiveFailures_evenForTheRightPassword_untilTheLockEnds() {
        try (TestServer s = TestServer.start(true)) {
            Http h = s.http;
            for (int i = 1; i <= 4; i++) {
                assertEquals(401, h.post(ApiPaths.SESSIONS, new SignInRequest(WANG, "wrong" + i)).status(), "failure " + i);
            }
            Http.Resp fifth = h.post(ApiPaths.SESSIONS, new SignInRequest(WANG, "wrong5"));
            assertEquals(429, fifth.status(), fifth::toString);
            assertEquals("900", fifth.header("Retry-After"));
            assertEquals(900, fifth.problem().retryAfterSeconds());

            s.clock.advance(Duration.ofMinutes(10));
            Http.Resp locked = h.post(ApiPaths.SESSIONS, new SignInRequest(WANG, DemoData.PASSWORD));
            assertEquals(429, locked.status(), "locked even with the right password");
            assertEquals("300", locked.header("Retry-After"));
            assertNotNull(locked.problem().detail());

            s.clock.advance(Duration.ofMinutes(5));
            assertEquals(201, h.post(ApiPaths.SESSIONS, new SignInRequest(WANG, DemoData.PASSWORD)).status());
        }
    }

    @Test
    void account_failuresOlderThanTheWindow_doNotCount() {
        try (TestServer s = TestServer.start(true)) {
            for (int i = 0; i < 4; i++) {
                assertEquals(401, s.http.post(ApiPaths.SESSIONS, new SignInRequest(WANG, "wrong")).status());
            }
            s.clock.advance(Duration.ofMinutes(16));
            for (int i = 0; i < 4; i++) {
                assertEquals(401, s.http.post(ApiPaths.SESSIONS, new SignInRequest(WANG, "wrong")).status(),
                        "the window restarted: attempt " + (i + 1) + " of a new window");
            }
            assertEquals(201, s.http.post(ApiPaths.SESSIONS, new SignInRequest(WANG, DemoData.PASSWORD)).status());
        }
    }

    @Test
    void address_isThrottledAcrossAccounts() {
        try (TestServer s = TestServer.start(true, cfg -> cfg.withLimits(
                new AuthService.Limits(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 3)))) {
            String[] phones = {"13811110001", "13811110002", "13811110003"};
            for (String p : phones) {
                assertEquals(401, s.http.post(ApiPaths.SESSIONS, new SignInRequest(p, "whatever")).status());
            }
            Http.Resp fourth = s.http.post(ApiPaths.SESSIONS, new SignInRequest(WANG, DemoData.PASSWORD));
            assertEquals(429, fourth.status());
            assertNotEquals(null, fourth.header("Retry-After"));
            s.clock.advance(Duration.ofSeconds(21));
            assertEquals(201, s.http.post(ApiPaths.SESSIONS, new SignInRequest(WANG, DemoData.PASSWORD)).status(),
                    "one attempt refilled after 20 s (3 a minute)");
        }
    }
}

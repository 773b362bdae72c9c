package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SignInRequest;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.server.auth.AuthController;
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

import static cn.huzhong.care.server.support.TestServer.LI;
import static cn.huzhong.care.server.support.TestServer.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthApiTest {
    /** The standard slowdown, with the per-address limit out of the way. */
    static final AuthService.Limits LIMITS = new AuthService.Limits(5, Duration.ofMinutes(15), Duration.ofMinutes(1), 1000);
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

    /** The statuses and Retry-After values of {@code n} wrong attempts, one second apart. */
    private static List<String> answers(TestServer s, String phone, int n) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Http.Resp r = s.http.post(ApiPaths.SESSIONS, new SignInRequest(phone, "wrong-" + i));
            out.add(r.status() + (r.header("Retry-After") == null ? "" : " retry " + r.header("Retry-After")));
            s.clock.advance(Duration.ofSeconds(1));
        }
        return out;
    }

    @Test
    void knownAndUnknownNumbers_answerAlike_theThrottleTellsNoOneWhoHasAnAccount() {
        try (TestServer s = TestServer.start(true, cfg -> cfg.withLimits(LIMITS))) {
            List<String> known = answers(s, WANG, 12);
            List<String> unknown = answers(s, "13811112222", 12);
            assertEquals(known, unknown);
            assertTrue(known.contains("401") && known.stream().anyMatch(a -> a.startsWith("429")), known.toString());
        }
    }

    @Test
    void afterFiveFailures_eachAttemptWaitsLonger_butNeverMoreThanAMinute_andTheRightPasswordThenSignsIn() {
        try (TestServer s = TestServer.start(true, cfg -> cfg.withLimits(LIMITS))) {
            Http h = s.http;
            for (int i = 1; i <= 5; i++) {
                assertEquals(401, h.post(ApiPaths.SESSIONS, new SignInRequest(WANG, "wrong" + i)).status(), "failure " + i);
            }
            Http.Resp early = h.post(ApiPaths.SESSIONS, new SignInRequest(WANG, DemoData.PASSWORD));
            assertEquals(429, early.status(), "an attempt within the wait is refused, right password or not");
            assertEquals("1", early.header("Retry-After"));
            long waited = 0;
            int expected = 1;
            for (int i = 6; i <= 20; i++) {
                Http.Resp r = h.post(ApiPaths.SESSIONS, new SignInRequest(WANG, "wrong" + i));
                long wait = Long.parseLong(r.header("Retry-After"));
                assertEquals(expected, wait, "wait before attempt " + i);
                assertTrue(wait <= 60, "never a long lock-out: " + wait);
                s.clock.advance(Duration.ofSeconds(wait));
                waited += wait;
                assertEquals(401, h.post(ApiPaths.SESSIONS, new SignInRequest(WANG, "wrong" + i)).status());
                expected = Math.min(60, expected * 2);
            }
            Http.Resp locked = h.post(ApiPaths.SESSIONS, new SignInRequest(WANG, DemoData.PASSWORD));
            assertEquals(429, locked.status());
            assertEquals("60", locked.header("Retry-After"), "the longest wait, after " + waited + " s of guessing");
            s.clock.advance(Duration.ofSeconds(60));
            assertEquals(201, h.post(ApiPaths.SESSIONS, new SignInRequest(WANG, DemoData.PASSWORD)).status(),
                    "a minute after the last guess the owner gets in");
            assertEquals(401, h.post(ApiPaths.SESSIONS, new SignInRequest(WANG, "wrong-again")).status(),
                    "signing in cleared the count");
        }
    }

    @Test
    void attemptsDuringTheWait_areNeitherCheckedNorCounted() {
        try (TestServer s = TestServer.start(true, cfg -> cfg.withLimits(LIMITS))) {
            for (int i = 1; i <= 7; i++) {
                assertEquals(401, s.http.post(ApiPaths.SESSIONS, new SignInRequest(LI, "wrong" + i)).status());
                if (i < 7) {
                    s.clock.advance(Duration.ofSeconds(5));
                }
            }
            Http.Resp first = s.http.post(ApiPaths.SESSIONS, new SignInRequest(LI, DemoData.PASSWORD));
            assertEquals(429, first.status());
            assertEquals("4", first.header("Retry-After"), "after the 7th failure: 1 s × 2 × 2");
            for (int i = 0; i < 50; i++) {
                assertEquals(429, s.http.post(ApiPaths.SESSIONS, new SignInRequest(LI, "hammer" + i)).status());
            }
            assertEquals("4", s.http.post(ApiPaths.SESSIONS, new SignInRequest(LI, "x")).header("Retry-After"),
                    "hammering does not make the wait longer");
            s.clock.advance(Duration.ofSeconds(4));
            assertEquals(201, s.http.post(ApiPaths.SESSIONS, new SignInRequest(LI, DemoData.PASSWORD)).status());
        }
    }

    @Test
    void failuresOlderThanTheWindow_doNotCount() {
        try (TestServer s = TestServer.start(true, cfg -> cfg.withLimits(LIMITS))) {
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
    void theOfficerAResidentSeesIsReachedAtAWorkNumber_notAtTheNumberTheyUseToSignIn() {
        Http.Resp profile = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT,
                server.as(WANG).get(ApiPaths.ME).as(MeResponse.class).actingFor().get(0).residentId()));
        String contact = profile.json().getAsJsonObject().getAsJsonObject("assignedContact").get("phone").getAsString();
        List<String> signInNames = server.app.database().read(c -> Sql.list(c, "SELECT phone FROM accounts", rs -> rs.getString(1)));
        assertFalse(signInNames.contains(contact.replaceAll("\\D", "")), "a resident could lock their officer out: " + contact);
        assertFalse(signInNames.contains(contact));
        String officerWork = server.app.database().read(c -> Sql.one(c,
                "SELECT work_phone FROM accounts WHERE phone = ?", rs -> rs.getString(1), TestServer.STAFF_HUZHONG)).orElseThrow();
        assertEquals(officerWork, contact, "the contact is the officer's work number");
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

    @Test
    void behindAProxy_theThrottleReadsTheAddressFromTheRight_whatTheClientWroteIsIgnored() {
        try (TestServer s = TestServer.start(true, cfg -> cfg.withTrustedProxies(1).withLimits(
                new AuthService.Limits(5, Duration.ofMinutes(15), Duration.ofMinutes(1), 3)))) {
            for (int i = 0; i < 3; i++) {
                // the client writes a new address each time; the proxy appends the one it saw (always the same)
                Http.Resp r = s.http.post(ApiPaths.SESSIONS, new SignInRequest("1381111000" + i, "whatever"),
                        Map.of("X-Forwarded-For", "10.9.8." + i + ", 203.0.113.7"));
                assertEquals(401, r.status());
            }
            Http.Resp fourth = s.http.post(ApiPaths.SESSIONS, new SignInRequest(WANG, DemoData.PASSWORD),
                    Map.of("X-Forwarded-For", "10.9.8.99, 203.0.113.7"));
            assertEquals(429, fourth.status(), "the same client behind a made-up left-hand entry");
            assertEquals(201, s.http.post(ApiPaths.SESSIONS, new SignInRequest(WANG, DemoData.PASSWORD),
                    Map.of("X-Forwarded-For", "203.0.113.7, 198.51.100.4")).status(), "another client address");
        }
    }

    @Test
    void clientAddress_isTheNthFromTheRight_forNTrustedProxies() {
        assertEquals("198.51.100.4", AuthController.clientAddress(List.of("1.1.1.1, 198.51.100.4"), "10.0.0.1", 1));
        assertEquals("1.1.1.1", AuthController.clientAddress(List.of("1.1.1.1, 198.51.100.4"), "10.0.0.1", 2));
        assertEquals("198.51.100.4", AuthController.clientAddress(List.of("6.6.6.6", "1.1.1.1, 198.51.100.4, 10.0.0.2"),
                "10.0.0.1", 2), "several header lines are one list");
        assertEquals("1.1.1.1", AuthController.clientAddress(List.of("1.1.1.1"), "10.0.0.1", 3), "fewer entries than proxies");
        assertEquals("10.0.0.1", AuthController.clientAddress(List.of(), "10.0.0.1", 1), "no header: the peer");
        assertEquals("10.0.0.1", AuthController.clientAddress(List.of("1.1.1.1"), "10.0.0.1", 0), "no proxy trusted");
    }
}

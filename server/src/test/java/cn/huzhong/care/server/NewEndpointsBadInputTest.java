package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8's endpoints against bad input: malformed JSON, wrong types, unknown enum values, oversized bodies, wrong
 * content type, unknown and non-numeric ids — always a clean problem+json 4xx, never a 500.
 */
class NewEndpointsBadInputTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Endpoints with a JSON body, ids filled with "1", and a body of the right shape but a wrong type. */
    static Stream<String[]> bodies() {
        return Stream.of(
                new String[]{ApiPaths.VOLUNTEERS, "{\"name\":\"马晓东\",\"towns\":\"HUZHONG\"}"},
                new String[]{ApiPaths.PASSWORD_RESETS, "{\"phone\":[13900000001]}"},
                new String[]{ApiPaths.ME_PASSWORD, "{\"currentPassword\":[1]}"},
                new String[]{ApiPaths.TASKS, "{\"kind\":\"SHOPPING\",\"windowStart\":\"tomorrow\"}"},
                new String[]{ApiPaths.fill(ApiPaths.TASK_COMPLETE, 1), "{\"note\":\"x\",\"hours\":\"lots\"}"},
                new String[]{ApiPaths.fill(ApiPaths.TASK_ASSIGN, 1), "{\"volunteerId\":\"lin\"}"},
                new String[]{ApiPaths.fill(ApiPaths.TASK_CANCEL, 1), "{\"reason\":{}}"},
                new String[]{ApiPaths.fill(ApiPaths.RESIDENT_TASK_RATING, 1, 1), "{\"rating\":\"five\"}"},
                new String[]{ApiPaths.fill(ApiPaths.RESIDENT_TASK_COMPLAINTS, 1, 1), "{\"body\":[\"x\"]}"},
                new String[]{ApiPaths.fill(ApiPaths.COMPLAINT_CLOSE, 1), "{\"note\":{\"text\":false}}"},
                new String[]{ApiPaths.ACCOUNTS, "{\"role\":\"KING\",\"phone\":\"13900000009\"}"},
                new String[]{ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, 1), "{\"reason\":[]}"},
                new String[]{ApiPaths.fill(ApiPaths.RESIDENT_CARERS, 1), "{\"carerAccountId\":1,\"relationship\":\"FRIEND\"}"},
                new String[]{ApiPaths.fill(ApiPaths.RESIDENT_DATA_CASES, 1), "{\"kind\":\"FORGET_ME\",\"details\":\"xxxxx\"}"},
                new String[]{ApiPaths.fill(ApiPaths.DATA_CASE_ANSWER, 1), "{\"outcome\":\"DONE\",\"corrections\":\"all\"}"},
                new String[]{ApiPaths.RESIDENTS_SEARCH, "{\"certificateNumber\":[12345]}"},
                new String[]{ApiPaths.fill(ApiPaths.REQUEST_PROVIDER, 1), "{\"providerId\":\"centre\"}"});
    }

    static void assertClean4xx(Http.Resp r, int expected, String what) {
        assertEquals(expected, r.status(), () -> what + " → " + r);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), what);
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:"), r.body());
    }

    /** A staff member for staff paths, a resident for the person's, a volunteer for the volunteer's, nobody for public ones. */
    static Http who(String path) {
        if (path.equals(ApiPaths.VOLUNTEERS) || path.equals(ApiPaths.PASSWORD_RESETS)) {
            return server.http;
        }
        if (path.startsWith(ApiPaths.TASKS + "/1/complete")) {
            return server.as(TestServer.VOLUNTEER);
        }
        if (path.contains("/residents/1/tasks") || path.contains("/personal-data/cases") || path.equals(ApiPaths.ME_PASSWORD)) {
            return server.as(TestServer.WANG);
        }
        return server.as(TestServer.STAFF_DISTRICT);
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void malformedJson_wrongTypes_unknownValues_400(String path, String wrongType) {
        Http h = who(path);
        for (String body : List.of("{", "[1,2", "not json", "{\"a\": 1}}", wrongType)) {
            assertClean4xx(h.send("POST", path, body, Map.of()), 400, path + " " + body);
        }
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void wrongContentType_415_andOversized_413(String path, String ignored) {
        Http h = who(path);
        assertClean4xx(h.send("POST", path, "{}", Map.of("Content-Type", "text/plain")), 415, path);
        assertClean4xx(h.send("POST", path, "{\"note\": \"" + "雪".repeat(40_000) + "\"}", Map.of()), 413, path);
    }

    @ParameterizedTest
    @MethodSource("idTemplates")
    void unknownAndNonNumericIds_404(String template) {
        for (String id : List.of("0", "424242", "abc", "1.5", "99999999999999999999")) {
            String path = template.replaceAll("\\{[a-zA-Z]+}", id);
            assertClean4xx(server.as(TestServer.STAFF_DISTRICT).send("GET", path, null, Map.of()), 404, path);
        }
    }

    static Stream<String> idTemplates() {
        return Stream.of(ApiPaths.TASK, ApiPaths.VOLUNTEER, ApiPaths.ACCOUNT, ApiPaths.RESIDENT_TASKS, ApiPaths.RESIDENT_CARERS,
                ApiPaths.RESIDENT_PERSONAL_DATA, ApiPaths.RESIDENT_DATA_CASES, ApiPaths.PROVIDER_SLOTS);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void badQueryParameters_422(String pathAndQuery) {
        Http.Resp r = server.as(pathAndQuery.startsWith(ApiPaths.OPEN_TASKS) || pathAndQuery.startsWith(ApiPaths.ME_TASKS)
                ? TestServer.VOLUNTEER : TestServer.STAFF_DISTRICT).get(pathAndQuery);
        assertClean4xx(r, 422, pathAndQuery);
        assertFalse(r.problem().errors().isEmpty());
    }

    static Stream<String> queries() {
        return Stream.of(ApiPaths.OPEN_TASKS + "?date=18-11-2026", ApiPaths.OPEN_TASKS + "?kind=CHESS",
                ApiPaths.OPEN_TASKS + "?town=BEIJING", ApiPaths.ME_TASKS + "?scope=everything", ApiPaths.TASKS + "?status=DONE",
                ApiPaths.VOLUNTEERS + "?status=MAYBE", ApiPaths.ACCOUNTS + "?role=KING", ApiPaths.COMPLAINTS + "?status=ANGRY",
                ApiPaths.DATA_CASES + "?status=LOST", ApiPaths.AUDIT + "?residentId=-3", ApiPaths.AUDIT + "?to=soon",
                ApiPaths.INDICATORS + "?town=X", ApiPaths.STAFF_QUEUES + "?town=X", ApiPaths.TASKS + "?size=1000");
    }
}

package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.huzhong.care.server.support.TestServer.STAFF_DISTRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint against bad input: malformed JSON, wrong types, oversized bodies, wrong content type, unknown
 * and non-numeric ids. Always a clear problem+json 4xx; never a 500, never a stack trace.
 */
class BadInputTest {
    static TestServer server;
    static Http staff;
    static long resident;
    static long subsidy;

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
        staff = server.as(STAFF_DISTRICT);
        resident = server.as(TestServer.WANG).get(ApiPaths.ME).as(MeResponse.class).actingFor().get(0).residentId();
        subsidy = SubsidyApiTest.subsidies(server, TestServer.WANG, resident).get(0).id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** POST endpoints with a body; {id} filled with a real id. */
    static Stream<String> postPaths() {
        return Stream.of(ApiPaths.SESSIONS, "RESIDENT_SUBSIDIES", "SUBSIDY_ADVANCE", "SUBSIDY_REJECT", "SUBSIDY_SUSPEND",
                "SUBSIDY_PAYMENTS");
    }

    static String real(String name) {
        return switch (name) {
            case "RESIDENT_SUBSIDIES" -> ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, resident);
            case "SUBSIDY_ADVANCE" -> ApiPaths.fill(ApiPaths.SUBSIDY_ADVANCE, subsidy);
            case "SUBSIDY_REJECT" -> ApiPaths.fill(ApiPaths.SUBSIDY_REJECT, subsidy);
            case "SUBSIDY_SUSPEND" -> ApiPaths.fill(ApiPaths.SUBSIDY_SUSPEND, subsidy);
            case "SUBSIDY_PAYMENTS" -> ApiPaths.fill(ApiPaths.SUBSIDY_PAYMENTS, subsidy);
            default -> name;
        };
    }

    private static void assertClean4xx(Http.Resp r, int expected, String what) {
        assertEquals(expected, r.status(), () -> what + " → " + r);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), what);
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:"), r.body());
        assertFalse(r.problem().title().isBlank());
        assertFalse(r.problem().detail().isBlank());
    }

    @ParameterizedTest
    @MethodSource("postPaths")
    void malformedJson_400(String name) {
        for (String body : List.of("{", "{\"a\":}", "[1,2", "not json", "{\"reason\": \"x\"}}")) {
            assertClean4xx(staff.send("POST", real(name), body, Map.of()), 400, name + " " + body);
        }
    }

    @ParameterizedTest
    @MethodSource("postPaths")
    void wrongTypes_400(String name) {
        String body = switch (name) {
            case "RESIDENT_SUBSIDIES" -> "{\"kind\": [\"LIVING_SUBSIDY\"]}";
            case "SUBSIDY_PAYMENTS" -> "{\"period\": \"2026-10\", \"amountFen\": \"lots\"}";
            case "SUBSIDY_ADVANCE" -> "{\"note\": {\"text\": \"x\"}}";
            case "SUBSIDY_REJECT", "SUBSIDY_SUSPEND" -> "{\"reason\": [1, 2]}";
            default -> "{\"phone\": [\"13900000001\"], \"password\": \"x\"}";
        };
        assertClean4xx(staff.send("POST", real(name), body, Map.of()), 400, name + " " + body);
    }

    @ParameterizedTest
    @MethodSource("postPaths")
    void oversizedBody_413(String name) {
        String body = "{\"note\": \"" + "长".repeat(40_000) + "\"}";
        assertClean4xx(staff.send("POST", real(name), body, Map.of()), 413, name);
    }

    @ParameterizedTest
    @MethodSource("postPaths")
    void wrongContentType_415(String name) {
        assertClean4xx(staff.send("POST", real(name), "{}", Map.of("Content-Type", "application/x-www-form-urlencoded")), 415, name);
    }

    static Stream<String> idPaths() {
        return Stream.of(ApiPaths.RESIDENT, ApiPaths.CERTIFICATE, ApiPaths.RESIDENT_SUBSIDIES, ApiPaths.BENEFIT_FINDER);
    }

    @ParameterizedTest
    @MethodSource("idPaths")
    void unknownAndNonNumericIds_404(String template) {
        for (String id : List.of("0", "424242", "abc", "1.5", "%20", "99999999999999999999")) {
            assertClean4xx(staff.send("GET", template.replace("{residentId}", id), null, Map.of()), 404, template + " " + id);
        }
    }

    @ParameterizedTest
    @MethodSource("postPaths")
    void unknownSubsidyOrResidentIds_404(String name) {
        if (name.equals(ApiPaths.SESSIONS)) {
            return;
        }
        String path = real(name).replace("/" + resident + "/", "/777777/").replace("/" + subsidy + "/", "/888888/");
        String body = name.equals("SUBSIDY_PAYMENTS") ? "{\"period\":\"2026-10\"}" : name.equals("RESIDENT_SUBSIDIES")
                ? "{\"kind\":\"LIVING_SUBSIDY\"}" : "{\"reason\":\"原因说明\"}";
        assertClean4xx(staff.send("POST", path, body, Map.of()), 404, path);
    }
}

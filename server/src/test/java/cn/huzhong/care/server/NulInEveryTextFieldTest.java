package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.server.support.ApiOperations;
import cn.huzhong.care.server.support.DbFingerprint;
import cn.huzhong.care.server.support.Fixtures;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.RawHttp;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A NUL character (U+0000) in every text field of every request body and in every text query parameter of the
 * OpenAPI document, one at a time, the rest of the request valid, as a caller allowed to use the operation. PostgreSQL
 * cannot store U+0000 in text (a 500 there, while SQLite stores it), so the rule is the same on both databases: the
 * text is refused before it reaches the database, with a 422 naming the field (or a 400 for a parameter), and the
 * database is unchanged. Generated, not sampled: an endpoint or a field added to the document is covered at once.
 * CI runs it on SQLite and on PostgreSQL.
 */
class NulInEveryTextFieldTest {
    static final String WITH_NUL = "正常的文字\u0000后面还有文字";
    static TestServer server;
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
        fixtures = new Fixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static final Map<String, String> tokens = new java.util.HashMap<>();

    static String token(String phone) {
        return tokens.computeIfAbsent(phone, ph -> {
            Http.Resp r = server.http.post(ApiPaths.SESSIONS, Map.of("phone", ph, "password", "demo1234"));
            assertEquals(201, r.status(), r::toString);
            return r.json().getAsJsonObject().get("token").getAsString();
        });
    }

    /** One request: the operation, the field given a NUL (dotted for a nested one), the target and the body. */
    record Case(ApiOperations.Op op, String field, String target, String body) {
        @Override
        public String toString() {
            return op.key() + " " + field;
        }
    }

    /** The text properties of a schema, nested objects included ("corrections.name"); not enums, dates or numbers. */
    static List<String> textFields(Schema<?> schema, String prefix) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Schema<?>> p : ApiOperations.properties(schema).entrySet()) {
            Schema<?> s = ApiOperations.resolve(p.getValue());
            String type = ApiOperations.type(p.getValue());
            if ("object".equals(type) && s != null) {
                out.addAll(textFields(s, prefix + p.getKey() + "."));
            } else if ("string".equals(type) && (s == null || s.getEnum() == null) && (s == null || s.getFormat() == null
                    || "password".equals(s.getFormat()))) {
                out.add(prefix + p.getKey());
            }
        }
        return out;
    }

    /**
     * Passwords that are only compared with a stored hash, never stored: a wrong one, NUL or not, gets the answer any
     * wrong password gets (401, or 422 wrongPassword), so as not to tell a guesser anything more. New passwords are
     * refused like any text.
     */
    static final java.util.Set<String> CHECKED_NOT_STORED = java.util.Set.of("POST " + ApiPaths.SESSIONS + " password",
            "POST " + ApiPaths.ME_PASSWORD + " currentPassword");

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (ApiOperations.Op op : ApiOperations.all()) {
            if (op.method().equals("GET") && op.bodySchema() == null && op.queryParams().isEmpty()) {
                continue;
            }
            String target = AuthorizationMatrixTest.path(op, fixtures);
            String body = AuthorizationMatrixTest.body(op, fixtures);
            if (op.bodySchema() != null) {
                for (String field : textFields(ApiOperations.schema(op.bodySchema()), "")) {
                    if (CHECKED_NOT_STORED.contains(op.key() + " " + field)) {
                        continue;
                    }
                    JsonObject o = JsonParser.parseString(body).getAsJsonObject();
                    put(o, field, WITH_NUL);
                    out.add(new Case(op, field, target, o.toString()));
                }
            }
            for (ApiOperations.Param q : op.queryParams()) {
                Schema<?> s = ApiOperations.resolve(q.schema());
                if ("string".equals(ApiOperations.type(q.schema())) && (s == null || (s.getEnum() == null && s.getFormat() == null))) {
                    String t = target.replaceAll("([?&])" + q.name() + "=[^&]*&?", "$1").replaceAll("[?&]$", "");
                    t += (t.contains("?") ? "&" : "?") + q.name() + "=" + URLEncoder.encode(WITH_NUL, StandardCharsets.UTF_8);
                    out.add(new Case(op, "?" + q.name(), t, body));
                }
            }
        }
        return out;
    }

    static void put(JsonObject o, String dotted, String value) {
        int dot = dotted.indexOf('.');
        if (dot < 0) {
            o.addProperty(dotted, value);
            return;
        }
        String head = dotted.substring(0, dot);
        JsonElement inner = o.get(head);
        JsonObject child = inner != null && inner.isJsonObject() ? inner.getAsJsonObject() : new JsonObject();
        o.add(head, child);
        put(child, dotted.substring(dot + 1), value);
    }

    @TestFactory
    Stream<DynamicTest> aNulInAnyTextField_isRefusedNamingTheField_andChangesNothing() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    static void check(Case c) {
        String caller = GeneratedBadInputTest.callerOf(c.op());
        Map<String, String> headers = new LinkedHashMap<>();
        if (c.body() != null) {
            headers.put("Content-Type", "application/json");
        }
        if (caller != null) {
            headers.put("Authorization", "Bearer " + token(caller));
        }
        Map<String, String> before = DbFingerprint.of(server.app.database());
        RawHttp.Answer a = RawHttp.send(server.app.port(), c.op().method(), c.target(), headers,
                c.body() == null ? null : c.body().getBytes(StandardCharsets.UTF_8));
        String what = c + " → " + a;
        assertTrue(a.status() > 0 && a.status() < 500, what);
        if (a.status() < 400) {
            fail("a NUL was accepted: " + what);
        }
        String problem = GeneratedBadInputTest.problemErrors(a);
        if (problem != null) {
            fail(problem + ": " + what);
        }
        if (c.field().startsWith("?")) {
            assertTrue(a.status() == 400 || a.status() == 422, what);
        } else {
            assertEquals(422, a.status(), what);
            JsonObject p = JsonParser.parseString(a.body()).getAsJsonObject();
            boolean named = false;
            for (JsonElement e : p.getAsJsonArray("errors")) {
                named |= e.getAsJsonObject().get("field").getAsString().equals(c.field());
            }
            assertTrue(named, "the 422 names the field " + c.field() + ": " + what);
        }
        assertEquals(List.of(), DbFingerprint.changed(before, DbFingerprint.of(server.app.database())), what);
    }

    @Test
    void everyTextFieldOfIssue8IsAmongTheCases_andTheCheckCanFail() {
        List<String> names = cases().stream().map(Case::toString).toList();
        for (String expected : List.of("POST " + ApiPaths.VOLUNTEERS + " name", "POST " + ApiPaths.TASKS + " needed",
                "POST " + ApiPaths.TASK_COMPLETE + " note", "POST " + ApiPaths.RESIDENT_TASK_COMPLAINTS + " body", "POST /api/v1/tasks/{taskId}/cancel reason",
                "POST " + ApiPaths.ACCOUNTS + " name", "POST " + ApiPaths.RESIDENT_DATA_CASES + " details",
                "POST /api/v1/personal-data-cases/{caseId}/answer corrections.address",
                "POST /api/v1/residents/search name", "GET " + ApiPaths.ACCOUNTS + " ?name")) {
            assertTrue(names.contains(expected), expected + " among " + names);
        }
        assertTrue(names.size() >= 40, "cases: " + names.size());
        // the check itself: a NUL stored (2xx) fails it
        ApiOperations.Op op = ApiOperations.all().stream().filter(o -> o.key().equals("GET " + ApiPaths.HOTLINES))
                .findFirst().orElseThrow();
        AssertionError accepted = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> check(new Case(op, "?x", ApiPaths.HOTLINES + "?x=%00", null)));
        assertTrue(accepted.getMessage().contains("a NUL was accepted"), accepted.getMessage());
    }
}

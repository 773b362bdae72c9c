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
import com.google.gson.JsonPrimitive;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Generated bad input for every operation of the OpenAPI document (fixed seed, thousands of requests per run, on
 * SQLite and, in CI's second run, on PostgreSQL): wrong types, missing and extra fields, huge strings, control
 * characters, bytes that are not UTF-8, injection fragments, overflowing numbers, impossible and far-away dates,
 * broken JSON, wrong content types, odd path and query values, garbage headers. Sent over a raw socket, byte for
 * byte, by a caller allowed to use the operation (so the input, not the authorization, is what is judged).
 *
 * <p>Every answer: never a 5xx; every 4xx is problem+json with its status and request id and no stack trace; and a
 * rejected request leaves the database exactly as it was (every table's content compared).
 */
class GeneratedBadInputTest {
    static final long SEED = 20261118L;
    static final int PER_OPERATION = 80;
    static TestServer server;
    static Fixtures fixtures;
    static final Map<String, String> tokens = new HashMap<>();
    static final AtomicInteger sent = new AtomicInteger();

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
        fixtures = new Fixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The caller each operation is tried as: one allowed to use it. */
    static String callerOf(ApiOperations.Op op) {
        return switch (AuthorizationMatrixTest.scopeOf(op)) {
            case PUBLIC -> null;
            case STAFF_LIST, STAFF_OBJECT, TASK -> TestServer.STAFF_DISTRICT;
            case VOLUNTEER, OWN_VOLUNTEER -> TestServer.VOLUNTEER;
            default -> TestServer.ZHAO;
        };
    }

    static String token(String phone, boolean fresh) {
        if (fresh || !tokens.containsKey(phone)) {
            Http.Resp r = server.http.post(ApiPaths.SESSIONS, Map.of("phone", phone, "password", "demo1234"));
            // generated wrong passwords (sign-in, the own password change) slow the number down: wait, on the test clock
            for (int i = 0; i < 5 && r.status() == 429; i++) {
                server.clock.advance(java.time.Duration.ofSeconds(Long.parseLong(r.header("Retry-After"))));
                r = server.http.post(ApiPaths.SESSIONS, Map.of("phone", phone, "password", "demo1234"));
            }
            Http.Resp answer = r;
            assertEquals(201, answer.status(), answer::toString);
            tokens.put(phone, r.json().getAsJsonObject().get("token").getAsString());
        }
        return tokens.get(phone);
    }

    /** One generated request. */
    record Case(String label, String target, Map<String, String> headers, byte[] body) {
    }

    static final List<String> BAD_IDS = List.of("0", "-1", "abc", "1.5", "1e3", "99999999999999999999", "%00", "%2e%2e",
            "..%3B", "1%3BDROP%20TABLE%20residents", "%EF%BC%91%EF%BC%92", "9".repeat(3000), "%F0%9F%98%80", "1%20", "%ZZ");
    static final List<String> BAD_QUERY = List.of("", "-1", "0", "abc", "1.5", "99999999999999999999", "%00", "%0d%0aX-Injected:%201",
            "%27%20OR%20%271%27%3D%271", "+999999999-12-31", "2026-02-30", "%ZZ", "%C3%28", "x".repeat(5000), "true", "null");
    static final List<String> STRINGS = List.of("\u0000", "ab\u0000cd", "\u0007\u0008", "\u001b[31mred", "\u200b\u200b\u200b\u200b\u200b\u200b",
            "\ud800", "\u202eevil", "' OR '1'='1", "'); DROP TABLE residents;--", "<script>alert(1)</script>",
            "${jndi:ldap://x/a}", "../../../../etc/passwd", "%00", "{{7*7}}", "\\u0000", "长".repeat(3000), "a".repeat(70_000),
            " ", "", "\r\n\r\nHTTP/1.1 200 OK");
    static final List<String> NUMBERS = List.of("9223372036854775808", "-9223372036854775809", "1e309", "2147483648",
            "-2147483649", "-1", "0", "1.0", "1e2", "0x10", "NaN", "\"5\"", "true", "[]", "{}", "null");
    static final List<String> DATES = List.of("\"2026-02-30\"", "\"+999999999-12-31\"", "\"-000001-01-01\"", "\"2026-13-01\"",
            "\"0000-00-00\"", "\"\"", "\"2026-10-01T25:00:00+08:00\"", "\"9999-12-31T23:59:59Z\"",
            "\"+999999999-12-31T23:59:59+08:00\"", "\"1899-12-31\"", "\"2026-10\"", "20261001", "\"2026-W40\"");

    static List<Case> cases(ApiOperations.Op op) {
        String base = AuthorizationMatrixTest.path(op, fixtures);
        String json = AuthorizationMatrixTest.body(op, fixtures);
        List<Case> out = new ArrayList<>();
        Map<String, String> jsonHeaders = new LinkedHashMap<>();
        if (json != null) {
            jsonHeaders.put("Content-Type", "application/json");
        }
        byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        // path parameters
        for (ApiOperations.Param p : op.pathParams()) {
            for (String bad : BAD_IDS) {
                String target = op.fill(n -> n.equals(p.name()) ? bad : fixtures.pathValue(n));
                out.add(new Case("{" + p.name() + "}=" + abbreviate(bad), target, jsonHeaders, body));
            }
        }
        // query parameters
        for (ApiOperations.Param q : op.queryParams()) {
            for (String bad : BAD_QUERY) {
                String sep = base.contains("?") ? "&" : "?";
                out.add(new Case("?" + q.name() + "=" + abbreviate(bad), base + sep + q.name() + "=" + bad, jsonHeaders, body));
            }
        }
        // headers
        for (Map.Entry<String, String> h : Map.of("Accept-Language", "xx-ZZ;q=abc,*;q=9", "Idempotency-Key", "ключ key",
                "X-Request-Id", "a\u00e9b", "X-HTTP-Method-Override", "DELETE", "Accept", "text/html;q=2").entrySet()) {
            Map<String, String> hs = new LinkedHashMap<>(jsonHeaders);
            hs.put(h.getKey(), h.getValue());
            out.add(new Case("header " + h.getKey(), base, hs, body));
        }
        Map<String, String> longKey = new LinkedHashMap<>(jsonHeaders);
        longKey.put("Idempotency-Key", "k".repeat(300));
        out.add(new Case("header Idempotency-Key of 300", base, longKey, body));
        Map<String, String> bigHeader = new LinkedHashMap<>(jsonHeaders);
        bigHeader.put("X-Padding", "p".repeat(25_000));
        out.add(new Case("header of 25 KB", base, bigHeader, body));
        if (op.bodySchema() == null) {
            // an operation without a body, sent one anyway
            out.add(new Case("unexpected body", base, Map.of("Content-Type", "application/json"), "{\"x\":1}".getBytes(StandardCharsets.UTF_8)));
            return out;
        }
        // content types
        for (String ct : new String[]{null, "text/plain", "application/jsonx", "application/json; charset=iso-8859-1",
                "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json-patch+json", "*/*"}) {
            Map<String, String> hs = new LinkedHashMap<>();
            hs.put("Content-Type", ct);
            out.add(new Case("Content-Type " + ct, base, hs, body));
        }
        // broken JSON and bytes that are not UTF-8
        List<byte[]> raw = new ArrayList<>();
        for (String s : List.of("", "null", "[]", "\"x\"", "{", "{}}", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), json + " trailing", "\ufeff" + json, json.replace("{", "{/*c*/"))) {
            raw.add(s.getBytes(StandardCharsets.UTF_8));
        }
        raw.add(inject(json, new byte[]{(byte) 0xC3, 0x28}));
        raw.add(inject(json, new byte[]{(byte) 0xFF, (byte) 0xFE}));
        raw.add(inject(json, new byte[]{(byte) 0xC0, (byte) 0xAF}));
        raw.add(inject(json, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        raw.add(new byte[]{(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'});
        for (byte[] b : raw) {
            out.add(new Case("body " + abbreviate(new String(b, StandardCharsets.ISO_8859_1)), base, jsonHeaders, b));
        }
        // field by field
        JsonObject valid = JsonParser.parseString(json).getAsJsonObject();
        Schema<?> schema = ApiOperations.schema(op.bodySchema());
        for (String field : ApiOperations.required(schema)) {
            JsonObject o = valid.deepCopy();
            o.remove(field);
            out.add(new Case("without " + field, base, jsonHeaders, o.toString().getBytes(StandardCharsets.UTF_8)));
        }
        for (String extra : List.of("{\"zzz\":1}", "{\"__proto__\":{\"admin\":true}}", "{\"id\":1,\"residentId\":2,\"status\":\"PAYING\"}")) {
            JsonObject o = valid.deepCopy();
            JsonParser.parseString(extra).getAsJsonObject().entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
            out.add(new Case("extra " + extra, base, jsonHeaders, o.toString().getBytes(StandardCharsets.UTF_8)));
        }
        for (Map.Entry<String, Schema<?>> prop : ApiOperations.properties(schema).entrySet()) {
            String field = prop.getKey();
            String type = ApiOperations.type(prop.getValue());
            Schema<?> ps = ApiOperations.resolve(prop.getValue());
            List<String> values = new ArrayList<>();
            switch (type) {
                case "string" -> {
                    for (String s : STRINGS) {
                        values.add(new JsonPrimitive(s).toString());
                    }
                    values.addAll(List.of("123", "true", "[\"a\"]", "{\"a\":1}", "null", "\"\\u0000\"", "\"\\ud800\"",
                            "\"\\udc00x\""));
                    if (ps != null && ("date".equals(ps.getFormat()) || "date-time".equals(ps.getFormat())
                            || (ps.getPattern() != null && ps.getPattern().contains("\\d{4}")))) {
                        values.addAll(DATES);
                    }
                }
                case "integer", "number" -> values.addAll(NUMBERS);
                case "boolean" -> values.addAll(List.of("\"true\"", "1", "0", "null", "\"yes\"", "[]"));
                case "array" -> values.addAll(List.of("{}", "\"A\"", "[null]", "[\"NOT_A_VALUE\"]", "[" + "\"OTHER\",".repeat(2000) + "\"OTHER\"]", "[[]]"));
                default -> values.addAll(List.of("[]", "\"x\"", "1", "null"));
            }
            for (String v : values) {
                String text = replaceField(valid, field, v);
                out.add(new Case(field + "=" + abbreviate(v), base, jsonHeaders, text.getBytes(StandardCharsets.UTF_8)));
            }
            // the same key twice, the second of the wrong type
            String dup = valid.toString().replaceFirst("\\}$", (valid.size() > 0 ? "," : "") + "\"" + field + "\":[1]}");
            out.add(new Case("duplicate " + field, base, jsonHeaders, dup.getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    static String replaceField(JsonObject valid, String field, String rawValue) {
        JsonObject o = valid.deepCopy();
        o.remove(field);
        String rest = o.toString();
        return "{\"" + field + "\":" + rawValue + (o.size() > 0 ? "," + rest.substring(1) : "}");
    }

    static byte[] inject(String json, byte[] bad) {
        int quote = json.indexOf('"', json.indexOf(':') + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        int at = quote < 0 ? 1 : quote + 1;
        out.write(b, 0, at);
        out.writeBytes(bad);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    static String abbreviate(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 40) + "…(" + s.length() + ")" : t;
    }

    @TestFactory
    Stream<DynamicTest> everyOperation_generatedBadInput_neverA5xx_alwaysProblemJson_rejectedChangesNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperations.Op op : ApiOperations.all()) {
            tests.add(DynamicTest.dynamicTest(op.key(), () -> run(op)));
        }
        return tests.stream();
    }

    static void run(ApiOperations.Op op) {
        List<Case> all = cases(op);
        Collections.shuffle(all, new Random(SEED ^ op.key().hashCode()));
        List<Case> chosen = all.subList(0, Math.min(PER_OPERATION, all.size()));
        String caller = callerOf(op);
        List<String> failures = new ArrayList<>();
        Map<String, String> before = DbFingerprint.of(server.app.database());
        for (Case c : chosen) {
            Map<String, String> headers = new LinkedHashMap<>(c.headers());
            if (caller != null) {
                boolean signIn = op.method().equals("DELETE") || !tokens.containsKey(caller); // a DELETE may sign out
                headers.putIfAbsent("Authorization", "Bearer " + token(caller, op.method().equals("DELETE")));
                if (signIn) {
                    before = DbFingerprint.of(server.app.database()); // the sign-in made a session: not the request's doing
                }
            }
            RawHttp.Answer a = RawHttp.send(server.app.port(), op.method(), c.target(), headers, c.body());
            sent.incrementAndGet();
            String what = op.key() + " [" + c.label() + "] → " + a;
            if (a.status() == 0 || a.status() >= 500) {
                failures.add("no answer or a 5xx: " + what);
                continue;
            }
            Map<String, String> after = DbFingerprint.of(server.app.database());
            if (a.status() >= 400) {
                String problem = problemErrors(a);
                if (problem != null) {
                    failures.add(problem + ": " + what);
                }
                List<String> changed = DbFingerprint.changed(before, after);
                if (!changed.isEmpty()) {
                    failures.add("rejected, yet changed " + changed + ": " + what);
                }
            }
            before = after;
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + chosen.size() + " generated requests went wrong:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(25, failures.size()))));
        }
    }

    /** What is wrong with a 4xx answer as problem+json; null when nothing. */
    static String problemErrors(RawHttp.Answer a) {
        if (!String.valueOf(a.header("Content-Type")).startsWith(ApiPaths.PROBLEM_JSON)) {
            return "not problem+json";
        }
        JsonObject p;
        try {
            p = JsonParser.parseString(a.body()).getAsJsonObject();
        } catch (RuntimeException e) {
            return "problem+json that does not parse";
        }
        if (!p.has("status") || p.get("status").getAsInt() != a.status()) {
            return "problem status differs from the HTTP status";
        }
        if (!p.has("title") || !p.has("detail") || !p.has("type")) {
            return "problem without type, title or detail";
        }
        JsonElement rid = p.get("requestId");
        if (rid == null || rid.getAsString().isBlank() || !rid.getAsString().equals(a.header("X-Request-Id"))) {
            return "problem without the request id of X-Request-Id";
        }
        if (a.body().contains("Exception") || a.body().contains("\tat ") || a.body().contains(".java:")) {
            return "a stack trace in the answer";
        }
        return null;
    }

    @Test
    void thousandsOfRequestsPerRun_andTheChecksCanFail() {
        long total = ApiOperations.all().stream().mapToLong(op -> Math.min(PER_OPERATION, cases(op).size())).sum();
        assertTrue(total >= 2_000, "generated requests per run: " + total);
        assertEquals("not problem+json", problemErrors(new RawHttp.Answer(400, Map.of("content-type", "text/html"), "<html>")));
        assertEquals("problem without the request id of X-Request-Id", problemErrors(new RawHttp.Answer(400,
                Map.of("content-type", "application/problem+json"), "{\"type\":\"t\",\"title\":\"t\",\"detail\":\"d\",\"status\":400}")));
    }
}

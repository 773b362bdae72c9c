package cn.huzhong.care.server.support;

import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.api.Json;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real HTTP client for API tests. Every response is checked against the OpenAPI document the server serves
 * (status documented, body matching its schema, content type); a mismatch fails the test.
 */
public final class Http {
    private static final OpenApiInteractionValidator VALIDATOR;

    static {
        try (InputStream in = Http.class.getResourceAsStream("/cn/huzhong/care/core/api/openapi.yaml")) {
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            VALIDATOR = OpenApiInteractionValidator.createForInlineApiSpecification(spec).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bodies larger than this are sent with {@code Expect: 100-continue}. */
    static final int EXPECT_CONTINUE_ABOVE = 16 * 1024;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token;
    private String language;

    public Http(String base) {
        this.base = base;
    }

    public Http as(String bearerToken) {
        Http h = new Http(base);
        h.token = bearerToken;
        h.language = language;
        return h;
    }

    public Http lang(String acceptLanguage) {
        Http h = new Http(base);
        h.token = token;
        h.language = acceptLanguage;
        return h;
    }

    public String token() {
        return token;
    }

    /** A response, with helpers to read its JSON. */
    public record Resp(int status, Map<String, List<String>> headers, String body) {
        public <T> T as(Class<T> type) {
            return Json.gson().fromJson(body, type);
        }

        public <T> T as(java.lang.reflect.Type type) {
            return Json.gson().fromJson(body, type);
        }

        public JsonElement json() {
            return JsonParser.parseString(body);
        }

        public ApiProblem problem() {
            return as(ApiProblem.class);
        }

        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().isEmpty() ? null : e.getValue().get(0);
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Resp get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Resp delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    public Resp post(String path, Object body) {
        return send("POST", path, body == null ? null : (body instanceof String s ? s : Json.gson().toJson(body)), Map.of());
    }

    public Resp post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body == null ? null : (body instanceof String s ? s : Json.gson().toJson(body)), headers);
    }

    /** Sends a request exactly as given; the response is validated against the OpenAPI document. */
    public Resp send(String method, String path, String body, Map<String, String> headers) {
        Resp resp = sendUnchecked(method, path, body, headers);
        validate(method, path, resp);
        return resp;
    }

    /** For paths the document does not have (a test of what happens on an unknown route): not validated. */
    public Resp sendUnchecked(String method, String path, String body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        if (token != null) {
            all.put("Authorization", "Bearer " + token);
        }
        if (language != null) {
            all.put("Accept-Language", language);
        }
        all.putAll(headers);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        // as real clients do for large bodies: ask before sending, so a 413 arrives before the body is on its way
        // (without it the server answers and closes mid-upload, and the client sees a broken connection)
        if (body != null && body.length() > EXPECT_CONTINUE_ABOVE) {
            b.expectContinue(true);
        }
        all.forEach((k, v) -> {
            if (v != null) {
                b.header(k, v);
            }
        });
        // a large body gets a connection of its own: the server closes a connection after refusing a body it did not
        // read (413), and a pooled connection closed that way would fail the next request that picks it up
        HttpClient via = body != null && body.length() > EXPECT_CONTINUE_ABOVE
                ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build() : client;
        try {
            HttpResponse<String> r = via.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Resp(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void validate(String method, String pathAndQuery, Resp resp) {
        List<String> errors = contractErrors(method, pathAndQuery, resp);
        if (!errors.isEmpty()) {
            fail("response of " + method + " " + pathAndQuery + " does not match openapi.yaml: " + errors + "\n" + resp);
        }
    }

    /** What is wrong with a response by the OpenAPI document (empty when it matches). */
    public static List<String> contractErrors(String method, String pathAndQuery, Resp resp) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        SimpleResponse.Builder rb = SimpleResponse.Builder.status(resp.status());
        String ct = resp.header("Content-Type");
        if (ct != null) {
            rb.withContentType(ct);
        }
        resp.headers().forEach((k, v) -> {
            if (k != null) {
                rb.withHeader(k, v);
            }
        });
        if (!resp.body().isEmpty()) {
            rb.withBody(resp.body());
        }
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), rb.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage).toList();
    }
}

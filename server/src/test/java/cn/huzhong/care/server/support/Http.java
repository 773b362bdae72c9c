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
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > EXPECT_CONTINUE_ABOVE) {
            return sendLarge(method, path, body.getBytes(StandardCharsets.UTF_8), all);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        all.forEach((k, v) -> {
            if (v != null) {
                b.header(k, v);
            }
        });
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Resp(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A large body as real clients send one: headers with {@code Expect: 100-continue} first, and the body only when
     * the server answers "100 Continue". A server that refuses the body (413) answers before a byte of it is on the
     * way, so the answer is read whole, however busy the machine is (the JDK client sends the body anyway when the
     * server is slow to answer, and then meets a connection the server closed: the flaky 413 of issue 9). On a
     * connection of its own, closed after the answer.
     */
    private Resp sendLarge(String method, String path, byte[] body, Map<String, String> headers) {
        URI uri = URI.create(base + path);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n")
                    .append("Expect: 100-continue\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((k, v) -> {
                if (v != null) {
                    head.append(k).append(": ").append(v).append("\r\n");
                }
            });
            head.append("\r\n");
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            RawResponse r = RawResponse.read(in);
            if (r.status == 100) {
                out.write(body);
                out.flush();
                r = RawResponse.read(in);
            }
            return new Resp(r.status, r.headers, r.body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One HTTP/1.1 response read from a stream: status line, headers, body by length, chunks or to the end. */
    private record RawResponse(int status, Map<String, List<String>> headers, String body) {
        static RawResponse read(java.io.InputStream in) throws IOException {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new IOException("the server closed the connection without an answer");
            }
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
                int colon = l.indexOf(':');
                headers.computeIfAbsent(l.substring(0, colon).trim(), k -> new java.util.ArrayList<>())
                        .add(l.substring(colon + 1).trim());
            }
            if (status == 100 || status == 204 || status == 304) {
                return new RawResponse(status, headers, "");
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            List<String> length = headers.get("Content-Length");
            List<String> encoding = headers.get("Transfer-Encoding");
            if (length != null) {
                bytes.write(in.readNBytes(Integer.parseInt(length.get(0))));
            } else if (encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
                for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                    bytes.write(in.readNBytes(size));
                    line(in);
                }
            } else {
                bytes.write(in.readAllBytes());
            }
            return new RawResponse(status, headers, bytes.toString(StandardCharsets.UTF_8));
        }

        private static String line(java.io.InputStream in) throws IOException {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    String s = b.toString(StandardCharsets.ISO_8859_1);
                    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
                }
                b.write(c);
            }
            return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
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

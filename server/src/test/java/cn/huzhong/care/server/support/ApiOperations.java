package cn.huzhong.care.server.support;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every operation of the OpenAPI document the server serves, read with the parser the contract validator uses, and
 * example request bodies built from their schemas. The generated guarantee tests (authorization matrix, bad input)
 * walk this list, so an endpoint added to the document is tested without anyone writing a test for it.
 */
public final class ApiOperations {
    private static final OpenAPI API = parse();

    private ApiOperations() {
    }

    /** A parameter (path or query) of an operation. */
    public record Param(String name, String in, boolean required, Schema<?> schema) {
    }

    /**
     * One operation. {@code secured}: needs a signed-in account (the document's global bearer security applies).
     * {@code bodySchema}: the name of the request body's schema in components (null without a body).
     */
    public record Op(String method, String path, List<String> tags, boolean secured, List<Param> pathParams,
                     List<Param> queryParams, String bodySchema, boolean bodyRequired) {
        public String key() {
            return method + " " + path;
        }

        public boolean has(String pathParam) {
            return pathParams.stream().anyMatch(p -> p.name().equals(pathParam));
        }

        public boolean tagged(String tag) {
            return tags.contains(tag);
        }

        /** The path with each {name} replaced. */
        public String fill(Function<String, String> value) {
            String out = path;
            for (Param p : pathParams) {
                out = out.replace("{" + p.name() + "}", value.apply(p.name()));
            }
            return out;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private static OpenAPI parse() {
        try (InputStream in = ApiOperations.class.getResourceAsStream("/cn/huzhong/care/core/api/openapi.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
            if (result.getOpenAPI() == null) {
                throw new IllegalStateException("openapi.yaml does not parse: " + result.getMessages());
            }
            return result.getOpenAPI();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation, in document order (paths), DELETEs last so a sign-out does not end sessions used later. */
    public static List<Op> all() {
        List<Op> ops = new ArrayList<>();
        boolean globalSecurity = API.getSecurity() != null && !API.getSecurity().isEmpty();
        API.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            List<Param> pathParams = new ArrayList<>();
            List<Param> queryParams = new ArrayList<>();
            List<Parameter> all = new ArrayList<>();
            if (item.getParameters() != null) {
                all.addAll(item.getParameters());
            }
            if (op.getParameters() != null) {
                all.addAll(op.getParameters());
            }
            for (Parameter p : all) {
                Parameter r = resolve(p);
                Param param = new Param(r.getName(), r.getIn(), Boolean.TRUE.equals(r.getRequired()), r.getSchema());
                if ("path".equals(r.getIn())) {
                    pathParams.add(param);
                } else if ("query".equals(r.getIn())) {
                    queryParams.add(param);
                }
            }
            boolean secured = op.getSecurity() == null ? globalSecurity : !op.getSecurity().isEmpty();
            String body = null;
            boolean bodyRequired = false;
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                MediaType json = op.getRequestBody().getContent().get("application/json");
                if (json != null && json.getSchema() != null) {
                    body = refName(json.getSchema());
                    bodyRequired = Boolean.TRUE.equals(op.getRequestBody().getRequired());
                }
            }
            ops.add(new Op(method.name(), path, op.getTags() == null ? List.of() : op.getTags(), secured,
                    List.copyOf(pathParams), List.copyOf(queryParams), body, bodyRequired));
        }));
        ops.sort(Comparator.comparing((Op o) -> o.method().equals("DELETE")));
        return ops;
    }

    private static Parameter resolve(Parameter p) {
        if (p.get$ref() == null) {
            return p;
        }
        String name = p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1);
        return API.getComponents().getParameters().get(name);
    }

    static String refName(Schema<?> s) {
        return s.get$ref() == null ? null : s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
    }

    /** The schema, following a {@code $ref}. */
    @SuppressWarnings("rawtypes")
    public static Schema<?> resolve(Schema<?> s) {
        Schema<?> out = s;
        while (out != null && out.get$ref() != null) {
            Map<String, Schema> schemas = API.getComponents().getSchemas();
            out = schemas.get(refName(out));
        }
        return out;
    }

    public static Schema<?> schema(String name) {
        return API.getComponents().getSchemas().get(name);
    }

    /** The properties of an object schema, by name (empty for anything else). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static Map<String, Schema<?>> properties(Schema<?> s) {
        Schema<?> r = resolve(s);
        if (r == null || r.getProperties() == null) {
            return Map.of();
        }
        Map<String, Schema<?>> out = new LinkedHashMap<>();
        ((Map<String, Schema>) (Map) r.getProperties()).forEach((k, v) -> out.put(k, v));
        return out;
    }

    public static List<String> required(Schema<?> s) {
        Schema<?> r = resolve(s);
        return r == null || r.getRequired() == null ? List.of() : r.getRequired();
    }

    /** The JSON type of a property: string, integer, number, boolean, array, object. */
    public static String type(Schema<?> s) {
        Schema<?> r = resolve(s);
        if (r == null) {
            return "object";
        }
        if (r.getType() != null) {
            return r.getType();
        }
        if (r.getTypes() != null && !r.getTypes().isEmpty()) {
            return r.getTypes().iterator().next();
        }
        return r.getProperties() != null ? "object" : "string";
    }

    /**
     * A value that satisfies the schema: its example, its first enum value, a date a week ahead, the minimum, text
     * long enough for minLength. {@code byProperty} may name a value for a property (ids of fixtures); every
     * required property is filled, optional ones are left out.
     */
    public static JsonElement example(Schema<?> schema, String property, Map<String, JsonElement> byProperty) {
        if (property != null && byProperty.containsKey(property)) {
            return byProperty.get(property);
        }
        Schema<?> s = resolve(schema);
        if (s == null) {
            return JsonNull.INSTANCE;
        }
        if (s.getExample() != null) {
            Object ex = s.getExample();
            return ex instanceof Number n ? new JsonPrimitive(n) : ex instanceof Boolean b ? new JsonPrimitive(b)
                    : new JsonPrimitive(String.valueOf(ex));
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return new JsonPrimitive(String.valueOf(s.getEnum().get(0)));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        switch (type(s)) {
            case "object" -> {
                JsonObject o = new JsonObject();
                for (String name : required(s)) {
                    o.add(name, example(properties(s).get(name), name, byProperty));
                }
                return o;
            }
            case "array" -> {
                JsonArray a = new JsonArray();
                a.add(example(s.getItems(), null, byProperty));
                return a;
            }
            case "integer", "number" -> {
                return new JsonPrimitive(s.getMinimum() != null ? s.getMinimum().longValue() : 1L);
            }
            case "boolean" -> {
                return new JsonPrimitive(false);
            }
            default -> {
                if ("date".equals(s.getFormat())) {
                    return new JsonPrimitive(today.plusDays(7).toString());
                }
                if ("date-time".equals(s.getFormat())) {
                    return new JsonPrimitive(today.plusDays(7) + "T10:00:00+08:00");
                }
                if (s.getPattern() != null && s.getPattern().contains("\\d{4}-\\d{2}")) {
                    return new JsonPrimitive(YearMonth.from(today).toString());
                }
                int min = s.getMinLength() == null ? 1 : s.getMinLength();
                return new JsonPrimitive("测试说明文字".repeat(Math.max(1, (min + 5) / 6)));
            }
        }
    }
}

package cn.huzhong.care.server.http;

import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Violation;
import com.google.gson.JsonParseException;
import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a request: JSON bodies, ids in the path, paging in the query. Every failure is a clear 4xx. */
public final class Requests {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    private static final Pattern GSON_PATH = Pattern.compile("path (\\$[^\\s]*)");

    private Requests() {
    }

    /**
     * Parses the JSON body into {@code type}: 415 unless the content type is exactly {@code application/json}
     * (with UTF-8 as its charset, if one is named); 400 for a body that is not valid UTF-8, malformed JSON or a value
     * of the wrong type (numbers are not text, text is not a number, {@code 1.0} is not a whole number); 422 for a
     * date outside {@link Json#EARLIEST_DATE}..{@link Json#LATEST_DATE}, naming the field.
     */
    public static <T> T body(Context ctx, Class<T> type) {
        if (!isJson(ctx.contentType())) {
            throw new ApiException(415, "unsupported-media-type", "problem.unsupportedMediaType.title",
                    "problem.unsupportedMediaType.detail", null, null);
        }
        String text = utf8(ctx.bodyAsBytes());
        if (text.isBlank()) {
            throw ApiException.malformed("empty body");
        }
        T value;
        try {
            value = Json.requestGson().fromJson(text, type);
        } catch (Json.DateOutOfRange e) {
            throw new ValidationException(List.of(new Violation(e.field(), "dateRange", Json.EARLIEST_DATE.toString(),
                    Json.LATEST_DATE.toString())));
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
            throw ApiException.malformed(describe(e));
        }
        if (value == null) {
            throw ApiException.malformed("null");
        }
        return value;
    }

    /** {@code application/json}, optionally with {@code ; charset=utf-8}; nothing else (not {@code application/jsonx}). */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            String name = kv[0].strip().toLowerCase(Locale.ROOT);
            String value = kv.length == 2 ? kv[1].strip().replace("\"", "") : "";
            if (name.equals("charset") && !value.equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    /** The body as UTF-8; bytes that are not UTF-8 are a 400, not characters quietly replaced. */
    static String utf8(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ApiException.malformed("the body is not valid UTF-8");
        }
    }

    /** A short, safe description of a JSON error: what went wrong and where, never a stack trace. */
    static String describe(Throwable e) {
        String msg = String.valueOf(e.getMessage());
        Matcher m = GSON_PATH.matcher(msg);
        String where = m.find() ? m.group(1) : null;
        String what = msg.lines().findFirst().orElse("invalid JSON");
        int at = what.indexOf(" at line ");
        if (at < 0) {
            at = what.indexOf(" at path ");
        }
        if (at < 0) {
            at = what.indexOf(" path $");
        }
        if (at > 0) {
            what = what.substring(0, at);
        }
        what = what.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
        if (what.length() > 160) {
            what = what.substring(0, 160) + "…";
        }
        return where == null ? what : what + " (" + where + ")";
    }

    /** A positive numeric id from the path; anything else is a 404 (there is no such thing). */
    public static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long v = Long.parseLong(raw);
            if (v <= 0) {
                throw ApiException.notFound();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.notFound();
        }
    }

    public record Paging(int page, int size) {
        public int offset() {
            return (page - 1) * size;
        }
    }

    /** {@code ?page=1&size=20}: page from 1, size 1–100; out of range is a 422 naming the parameter. */
    public static Paging paging(Context ctx) {
        int page = intParam(ctx, "page", 1, 1, 1_000_000);
        int size = intParam(ctx, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        return new Paging(page, size);
    }

    public static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v < min || v > max) {
                throw new ValidationException(List.of(new Violation(name, "range", min, max)));
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ValidationException(List.of(new Violation(name, "range", min, max)));
        }
    }

    /** A positive whole number from the query: null when absent, 422 when not a positive number. */
    public static Long longParam(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(raw.trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the field error
        }
        throw new ValidationException(List.of(new Violation(name, "range", 1, Long.MAX_VALUE)));
    }

    /** An enum from the query: null when absent, 422 when not one of the values. */
    public static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new Violation(name, "oneOf")));
        }
    }

    public static boolean boolParam(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ValidationException(List.of(new Violation(name, "oneOf")));
        };
    }

    /** A date from the query ({@code 2026-12-01}): null when absent, 422 naming the parameter when not a date. */
    public static java.time.LocalDate dateParam(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(raw.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(List.of(new Violation(name, "date")));
        }
    }

    /** The JSON body as {@code type}, or {@code empty} when the body is empty (optional bodies such as a note). */
    public static <T> T optionalBody(Context ctx, Class<T> type, T empty) {
        return ctx.body().isBlank() ? empty : body(ctx, type);
    }
}

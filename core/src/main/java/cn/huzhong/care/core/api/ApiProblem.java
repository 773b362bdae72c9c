package cn.huzhong.care.core.api;

import java.util.List;

/**
 * An error as RFC 9457 {@code application/problem+json}: {@code title} and {@code detail} are in the
 * request's language; {@code errors} name the fields at fault.
 *
 * @param type              a stable URI naming the kind of problem, e.g. {@code https://huzhong.care/problems/validation}
 * @param retryAfterSeconds with 429: how long to wait before trying again
 * @param requestId         the id of the request this answers (also in the {@code X-Request-Id} header and the
 *                          server's request log): what a person quotes to the helpdesk
 */
public record ApiProblem(String type, String title, int status, String detail, String instance,
                         List<FieldError> errors, Integer retryAfterSeconds, String requestId) {

    /** A problem without a request id (made up on the client, or from an older server). */
    public ApiProblem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      Integer retryAfterSeconds) {
        this(type, title, status, detail, instance, errors, retryAfterSeconds, null);
    }

    public static final String TYPE_BASE = "https://huzhong.care/problems/";
    /** The type of a 409 that means "the same Idempotency-Key is still being processed": try again shortly. */
    public static final String IDEMPOTENCY_IN_FLIGHT = "idempotency-in-flight";

    /** One field's error. {@code code} is stable (e.g. {@code required}); {@code message} is for people. */
    public record FieldError(String field, String code, String message) {
    }

    public String typeName() {
        return type != null && type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type;
    }
}

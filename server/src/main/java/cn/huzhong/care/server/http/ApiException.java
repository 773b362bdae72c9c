package cn.huzhong.care.server.http;

/**
 * A request that cannot be served as asked, with the HTTP status and the message keys (core bundle) of the
 * problem+json answer. Services throw these; {@link ErrorMapping} renders them in the request's language.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String titleKey;
    private final String detailKey;
    private final Object[] detailArgs;
    private final Integer retryAfterSeconds;

    public ApiException(int status, String type, String titleKey, String detailKey, Object[] detailArgs,
                        Integer retryAfterSeconds) {
        super(type + " (" + status + "): " + detailKey);
        this.status = status;
        this.type = type;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs == null ? new Object[0] : detailArgs;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException notFound() {
        return new ApiException(404, "not-found", "problem.notFound.title", "problem.notFound.detail", null, null);
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "unauthorized", "problem.unauthorized.title", "problem.unauthorized.detail", null, null);
    }

    public static ApiException forbidden() {
        return forbidden("problem.forbidden.detail");
    }

    public static ApiException forbidden(String detailKey) {
        return new ApiException(403, "forbidden", "problem.forbidden.title", detailKey, null, null);
    }

    /**
     * A 409. Its type names the conflict so clients can act on it without reading the message: the detail key
     * {@code problem.slotFull.detail} gives the type {@code .../problems/slot-full}.
     */
    public static ApiException conflict(String detailKey, Object... args) {
        return new ApiException(409, typeOf(detailKey), "problem.conflict.title", detailKey, args, null);
    }

    static String typeOf(String detailKey) {
        String name = detailKey.replaceFirst("^problem\\.", "").replaceFirst("\\.detail$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    public static ApiException malformed(String what) {
        return new ApiException(400, "malformed-request", "problem.malformed.title", "problem.malformed.detail",
                new Object[]{what}, null);
    }

    public static ApiException rateLimited(long seconds) {
        long s = Math.max(1, seconds);
        return new ApiException(429, "rate-limited", "problem.rateLimited.title", "problem.rateLimited.detail",
                new Object[]{s}, (int) Math.min(Integer.MAX_VALUE, s));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String titleKey() {
        return titleKey;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

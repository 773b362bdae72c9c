package cn.huzhong.care.core.api;

/** Every path of the REST API, shared by server routes and the app's client. */
public final class ApiPaths {
    public static final String BASE = "/api/v1";

    public static final String HEALTH = "/health";
    public static final String OPENAPI = "/openapi.yaml";

    public static final String SESSIONS = BASE + "/sessions";
    public static final String SESSION_CURRENT = SESSIONS + "/current";
    public static final String ME = BASE + "/me";

    public static final String RESIDENTS = BASE + "/residents";
    public static final String RESIDENT = RESIDENTS + "/{residentId}";
    public static final String CERTIFICATE = RESIDENT + "/certificate";
    public static final String RESIDENT_SUBSIDIES = RESIDENT + "/subsidies";
    public static final String RESIDENT_SUBSIDY = RESIDENT_SUBSIDIES + "/{subsidyId}";
    public static final String BENEFIT_FINDER = RESIDENT + "/benefit-finder";

    public static final String SUBSIDIES = BASE + "/subsidies";
    public static final String SUBSIDY_ADVANCE = SUBSIDIES + "/{subsidyId}/advance";
    public static final String SUBSIDY_REJECT = SUBSIDIES + "/{subsidyId}/reject";
    public static final String SUBSIDY_SUSPEND = SUBSIDIES + "/{subsidyId}/suspend";
    public static final String SUBSIDY_PAYMENTS = SUBSIDIES + "/{subsidyId}/payments";

    public static final String HOTLINES = BASE + "/hotlines";

    public static final String HEADER_IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String PROBLEM_JSON = "application/problem+json";

    private ApiPaths() {
    }

    /** Fills {name} placeholders in order: {@code fill(CERTIFICATE, 7)} = {@code /api/v1/residents/7/certificate}. */
    public static String fill(String template, Object... values) {
        String result = template;
        for (Object v : values) {
            int start = result.indexOf('{');
            int end = result.indexOf('}', start);
            if (start < 0 || end < 0) {
                throw new IllegalArgumentException("more values than placeholders in " + template);
            }
            result = result.substring(0, start) + v + result.substring(end + 1);
        }
        if (result.indexOf('{') >= 0) {
            throw new IllegalArgumentException("unfilled placeholder in " + result);
        }
        return result;
    }
}

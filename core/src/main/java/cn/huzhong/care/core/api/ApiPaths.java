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

    public static final String RESIDENT_REQUESTS = RESIDENT + "/requests";
    public static final String RESIDENT_REQUEST = RESIDENT_REQUESTS + "/{requestId}";
    public static final String REQUEST_CANCEL = RESIDENT_REQUEST + "/cancel";
    public static final String REQUEST_RATING = RESIDENT_REQUEST + "/rating";
    public static final String REQUESTS = BASE + "/requests";
    public static final String REQUEST_TRANSITIONS = REQUESTS + "/{requestId}/transitions";

    public static final String PROVIDERS = BASE + "/providers";
    public static final String PROVIDER_SLOTS = PROVIDERS + "/{providerId}/slots";
    public static final String SLOTS = BASE + "/slots";
    public static final String RESIDENT_BOOKINGS = RESIDENT + "/bookings";
    public static final String RESIDENT_BOOKING = RESIDENT_BOOKINGS + "/{bookingId}";
    public static final String BOOKING_CANCEL = RESIDENT_BOOKING + "/cancel";
    public static final String BOOKING_RESCHEDULE = RESIDENT_BOOKING + "/reschedule";

    public static final String RESIDENT_HOTLINE_THREADS = RESIDENT + "/hotline-threads";
    public static final String RESIDENT_HOTLINE_THREAD = RESIDENT_HOTLINE_THREADS + "/{threadId}";
    public static final String RESIDENT_HOTLINE_MESSAGES = RESIDENT_HOTLINE_THREAD + "/messages";
    public static final String HOTLINE_THREADS = BASE + "/hotline-threads";
    public static final String HOTLINE_REPLIES = HOTLINE_THREADS + "/{threadId}/replies";

    public static final String MESSAGES = BASE + "/messages";
    public static final String MESSAGES_UNREAD = MESSAGES + "/unread-count";
    public static final String MESSAGE_READ = MESSAGES + "/{messageId}/read";
    public static final String MESSAGES_READ_ALL = MESSAGES + "/read-all";

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

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

    // volunteers and help tasks (F10)
    public static final String VOLUNTEERS = BASE + "/volunteers";
    public static final String VOLUNTEER = VOLUNTEERS + "/{volunteerId}";
    public static final String VOLUNTEER_VERIFY = VOLUNTEER + "/verify";
    public static final String ME_VOLUNTEER = ME + "/volunteer";
    public static final String ME_TASKS = ME + "/tasks";
    public static final String OPEN_TASKS = BASE + "/open-tasks";
    public static final String TASKS = BASE + "/tasks";
    public static final String TASK = TASKS + "/{taskId}";
    public static final String TASK_ACCEPT = TASK + "/accept";
    public static final String TASK_CHECK_IN = TASK + "/check-in";
    public static final String TASK_COMPLETE = TASK + "/complete";
    public static final String TASK_WITHDRAW = TASK + "/withdraw";
    public static final String TASK_ASSIGN = TASK + "/assign";
    public static final String TASK_CANCEL = TASK + "/cancel";
    public static final String RESIDENT_TASKS = RESIDENT + "/tasks";
    public static final String RESIDENT_TASK_RATING = RESIDENT_TASKS + "/{taskId}/rating";
    public static final String RESIDENT_TASK_COMPLAINTS = RESIDENT_TASKS + "/{taskId}/complaints";
    public static final String COMPLAINTS = BASE + "/complaints";
    public static final String COMPLAINT_CLOSE = COMPLAINTS + "/{complaintId}/close";

    // accounts (F14)
    public static final String ME_PASSWORD = ME + "/password";
    public static final String PASSWORD_RESETS = BASE + "/password-resets";
    public static final String ACCOUNTS = BASE + "/accounts";
    public static final String ACCOUNT = ACCOUNTS + "/{accountId}";
    public static final String ACCOUNT_PASSWORD_RESET = ACCOUNT + "/password-reset";
    public static final String ACCOUNT_SUSPEND = ACCOUNT + "/suspend";
    public static final String ACCOUNT_REINSTATE = ACCOUNT + "/reinstate";
    public static final String RESIDENT_CARERS = RESIDENT + "/carers";
    public static final String RESIDENT_CARER = RESIDENT_CARERS + "/{carerAccountId}";
    public static final String RESIDENT_PERSONAL_DATA = RESIDENT + "/personal-data";
    public static final String RESIDENT_DATA_CASES = RESIDENT_PERSONAL_DATA + "/cases";
    public static final String DATA_CASES = BASE + "/personal-data-cases";
    public static final String DATA_CASE_ANSWER = DATA_CASES + "/{caseId}/answer";

    // staff work (F11–F13)
    public static final String RESIDENTS_SEARCH = RESIDENTS + "/search";
    public static final String REQUEST_PROVIDER = REQUESTS + "/{requestId}/provider";
    public static final String SLOT_WITHDRAW = SLOTS + "/{slotId}/withdraw";
    public static final String STAFF_QUEUES = BASE + "/staff/queues";
    public static final String INDICATORS = BASE + "/indicators";
    public static final String AUDIT = BASE + "/audit";

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

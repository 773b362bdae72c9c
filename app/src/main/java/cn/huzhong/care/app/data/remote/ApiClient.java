package cn.huzhong.care.app.data.remote;

import cn.huzhong.care.app.data.Api;
import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.AppSettings;
import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.api.ApplyRequest;
import cn.huzhong.care.core.api.BenefitFinderResponse;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CancelRequest;
import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.CreateHotlineThread;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.core.api.HotlineMessageRequest;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.HotlineThreadSummary;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.RescheduleRequest;
import cn.huzhong.care.core.api.ResidentProfile;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SignInRequest;
import cn.huzhong.care.core.api.SlotDay;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The REST API over HTTP: OkHttp for the wire, core's {@link Json#gson()} for the bodies, {@link ApiPaths} for
 * the paths. Sends {@code Accept-Language} so the server's texts and errors come in the person's language, and
 * turns every failure into an {@link ApiFailure}: problem+json answers keep the server's message and field
 * errors; 429 keeps Retry-After; a dead network is {@link ApiFailure.Unreachable}.
 */
public final class ApiClient implements Api, cn.huzhong.care.app.data.StaffApi, cn.huzhong.care.app.data.VolunteerApi,
        cn.huzhong.care.app.data.AccountApi {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Type SUBSIDY_PAGE = new TypeToken<Page<SubsidySummary>>() { }.getType();
    private static final Type HOTLINE_LIST = new TypeToken<List<HotlineDto>>() { }.getType();
    private static final Type REQUEST_PAGE = new TypeToken<Page<ServiceRequestSummary>>() { }.getType();
    private static final Type PROVIDER_LIST = new TypeToken<List<ProviderDto>>() { }.getType();
    private static final Type SLOT_DAYS = new TypeToken<List<SlotDay>>() { }.getType();
    private static final Type BOOKING_PAGE = new TypeToken<Page<BookingDto>>() { }.getType();
    private static final Type THREAD_PAGE = new TypeToken<Page<HotlineThreadSummary>>() { }.getType();
    private static final Type INBOX_PAGE = new TypeToken<Page<InboxMessage>>() { }.getType();

    /** Built at the first call, off the start-up path (building it loads the system's certificates). */
    private volatile OkHttpClient http;
    private final Timeouts timeouts;
    private final Supplier<URI> baseUri;
    private final Gson gson = Json.gson();

    /**
     * How long one call may take, for a weak rural mobile signal, where a connection is slow to open and data trickles
     * but usually arrives. No screen waits on these: a screen with something on the device shows it at once and
     * refreshes in the background; a screen with nothing stops waiting after {@code DataSource.Patience} and still
     * shows the answer if it comes; the outbox sends in the background and tries again later. So a call is given
     * long enough to finish on a poor signal rather than be abandoned and repeated.
     *
     * @param connect to open the connection: a phone's radio waking from idle and a lost SYN or two (resent after
     *                1 s, then 3 s) fit in it
     * @param read    with no byte arriving (also for sending)
     * @param call    the whole call, however many bytes trickle in; OkHttp's one silent retry of a dead pooled
     *                connection included
     */
    public record Timeouts(Duration connect, Duration read, Duration call) {
        public static final Timeouts WEAK_SIGNAL = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(60));
    }

    /** @param baseUri where the server is now (it may change in settings); null when none is configured */
    public ApiClient(Supplier<URI> baseUri) {
        this(baseUri, Timeouts.WEAK_SIGNAL);
    }

    public ApiClient(Supplier<URI> baseUri, Timeouts timeouts) {
        this.baseUri = Objects.requireNonNull(baseUri);
        this.timeouts = Objects.requireNonNull(timeouts);
    }

    private OkHttpClient http() {
        OkHttpClient h = http;
        if (h == null) {
            synchronized (this) {
                if (http == null) {
                    http = new OkHttpClient.Builder()
                            .connectTimeout(timeouts.connect())
                            .readTimeout(timeouts.read())
                            .writeTimeout(timeouts.read())
                            .callTimeout(timeouts.call())
                            .retryOnConnectionFailure(true)
                            .build();
                }
                h = http;
            }
        }
        return h;
    }

    /** As {@link #ApiClient(Supplier, Timeouts)}, with the whole call bounded by connect + read + read (tests). */
    public ApiClient(Supplier<URI> baseUri, Duration connectTimeout, Duration readTimeout) {
        this(baseUri, new Timeouts(connectTimeout, readTimeout, connectTimeout.plus(readTimeout).plus(readTimeout)));
    }

    // ---- the API ----

    @Override
    public SessionResponse signIn(String phone, String password, Lang lang) {
        return send(post(ApiPaths.SESSIONS, null, lang, new SignInRequest(phone, password), null), SessionResponse.class);
    }

    @Override
    public void signOut(String token, Lang lang) {
        send(request(ApiPaths.SESSION_CURRENT, token, lang).delete().build(), Void.class);
    }

    @Override
    public MeResponse me(String token, Lang lang) {
        return send(get(ApiPaths.ME, token, lang), MeResponse.class);
    }

    @Override
    public ResidentProfile profile(String token, long residentId, Lang lang) {
        return send(get(ApiPaths.fill(ApiPaths.RESIDENT, residentId), token, lang), ResidentProfile.class);
    }

    @Override
    public CertificateDto certificate(String token, long residentId, boolean reveal, Lang lang) {
        String path = ApiPaths.fill(ApiPaths.CERTIFICATE, residentId) + (reveal ? "?reveal=true" : "");
        return send(get(path, token, lang), CertificateDto.class);
    }

    @Override
    public Page<SubsidySummary> subsidies(String token, long residentId, int page, int size, Lang lang) {
        String path = paged(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, residentId), page, size);
        return send(get(path, token, lang), SUBSIDY_PAGE);
    }

    @Override
    public SubsidyDetail subsidy(String token, long residentId, long subsidyId, Lang lang) {
        return send(get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDY, residentId, subsidyId), token, lang),
                SubsidyDetail.class);
    }

    @Override
    public BenefitFinderResponse benefitFinder(String token, long residentId, Lang lang) {
        return send(get(ApiPaths.fill(ApiPaths.BENEFIT_FINDER, residentId), token, lang), BenefitFinderResponse.class);
    }

    @Override
    public SubsidyDetail apply(String token, long residentId, BenefitKind kind, String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, residentId), token, lang, new ApplyRequest(kind, null),
                idempotencyKey), SubsidyDetail.class);
    }

    @Override
    public List<HotlineDto> hotlines(Lang lang) {
        return send(get(ApiPaths.HOTLINES, null, lang), HOTLINE_LIST);
    }

    // ---- service requests ----

    @Override
    public Page<ServiceRequestSummary> requests(String token, long residentId, int page, int size, Lang lang) {
        String path = paged(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, residentId), page, size);
        return send(get(path, token, lang), REQUEST_PAGE);
    }

    @Override
    public ServiceRequestDetail request(String token, long residentId, long requestId, Lang lang) {
        return send(get(ApiPaths.fill(ApiPaths.RESIDENT_REQUEST, residentId, requestId), token, lang),
                ServiceRequestDetail.class);
    }

    @Override
    public ServiceRequestDetail createRequest(String token, long residentId, CreateServiceRequest request,
                                              String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, residentId), token, lang, request, idempotencyKey),
                ServiceRequestDetail.class);
    }

    @Override
    public ServiceRequestDetail cancelRequest(String token, long residentId, long requestId, CancelRequest cancel,
                                              String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.REQUEST_CANCEL, residentId, requestId), token, lang, cancel,
                idempotencyKey), ServiceRequestDetail.class);
    }

    @Override
    public ServiceRequestDetail rateRequest(String token, long residentId, long requestId, RatingRequest rating,
                                            String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.REQUEST_RATING, residentId, requestId), token, lang, rating,
                idempotencyKey), ServiceRequestDetail.class);
    }

    // ---- providers, slots, bookings ----

    @Override
    public List<ProviderDto> providers(String token, ServiceKind service, Lang lang) {
        String path = ApiPaths.PROVIDERS + (service == null ? "" : "?service=" + service.name());
        return send(get(path, token, lang), PROVIDER_LIST);
    }

    @Override
    public List<SlotDay> slots(String token, ServiceKind service, Long providerId, LocalDate from, int days, Lang lang) {
        StringBuilder path = new StringBuilder(ApiPaths.SLOTS).append("?service=").append(service.name())
                .append("&days=").append(days);
        if (providerId != null) {
            path.append("&providerId=").append(providerId);
        }
        if (from != null) {
            path.append("&from=").append(from);
        }
        return send(get(path.toString(), token, lang), SLOT_DAYS);
    }

    @Override
    public Page<BookingDto> bookings(String token, long residentId, boolean past, int page, int size, Lang lang) {
        String path = ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, residentId) + "?scope=" + (past ? "past" : "upcoming")
                + "&page=" + page + "&size=" + size;
        return send(get(path, token, lang), BOOKING_PAGE);
    }

    @Override
    public BookingDto booking(String token, long residentId, long bookingId, Lang lang) {
        return send(get(ApiPaths.fill(ApiPaths.RESIDENT_BOOKING, residentId, bookingId), token, lang), BookingDto.class);
    }

    @Override
    public BookingDto book(String token, long residentId, CreateBooking booking, String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, residentId), token, lang, booking, idempotencyKey),
                BookingDto.class);
    }

    @Override
    public BookingDto cancelBooking(String token, long residentId, long bookingId, String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.BOOKING_CANCEL, residentId, bookingId), token, lang, null,
                idempotencyKey), BookingDto.class);
    }

    @Override
    public BookingDto reschedule(String token, long residentId, long bookingId, RescheduleRequest to,
                                 String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.BOOKING_RESCHEDULE, residentId, bookingId), token, lang, to,
                idempotencyKey), BookingDto.class);
    }

    // ---- text hotline ----

    @Override
    public Page<HotlineThreadSummary> hotlineThreads(String token, long residentId, int page, int size, Lang lang) {
        String path = paged(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, residentId), page, size);
        return send(get(path, token, lang), THREAD_PAGE);
    }

    @Override
    public HotlineThreadDetail hotlineThread(String token, long residentId, long threadId, Lang lang) {
        return send(get(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREAD, residentId, threadId), token, lang),
                HotlineThreadDetail.class);
    }

    @Override
    public HotlineThreadDetail createHotlineThread(String token, long residentId, CreateHotlineThread thread,
                                                   String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, residentId), token, lang, thread,
                idempotencyKey), HotlineThreadDetail.class);
    }

    @Override
    public HotlineThreadDetail writeHotline(String token, long residentId, long threadId, HotlineMessageRequest message,
                                            String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_MESSAGES, residentId, threadId), token, lang, message,
                idempotencyKey), HotlineThreadDetail.class);
    }

    // ---- messages ----

    @Override
    public Page<InboxMessage> messages(String token, Long residentId, boolean unreadOnly, int page, int size, Lang lang) {
        String path = paged(ApiPaths.MESSAGES, page, size) + (unreadOnly ? "&unreadOnly=true" : "")
                + (residentId == null ? "" : "&residentId=" + residentId);
        return send(get(path, token, lang), INBOX_PAGE);
    }

    @Override
    public UnreadCount unreadCount(String token, Lang lang) {
        return send(get(ApiPaths.MESSAGES_UNREAD, token, lang), UnreadCount.class);
    }

    @Override
    public InboxMessage markRead(String token, long messageId, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.MESSAGE_READ, messageId), token, lang, null, null), InboxMessage.class);
    }

    @Override
    public UnreadCount markAllRead(String token, Long residentId, Lang lang) {
        String path = ApiPaths.MESSAGES_READ_ALL + (residentId == null ? "" : "?residentId=" + residentId);
        return send(post(path, token, lang, null, null), UnreadCount.class);
    }

    // ---- staff: work queues, actions, search, indicators, audit, accounts, slots (issue 8, the staff screens) ----

    private static final Type STAFF_REQUEST_PAGE =
            new TypeToken<Page<cn.huzhong.care.core.api.StaffRequestRow>>() { }.getType();
    private static final Type STAFF_SUBSIDY_PAGE =
            new TypeToken<Page<cn.huzhong.care.core.api.StaffSubsidyRow>>() { }.getType();
    private static final Type STAFF_HOTLINE_PAGE =
            new TypeToken<Page<cn.huzhong.care.core.api.StaffHotlineRow>>() { }.getType();
    private static final Type TASK_PAGE = new TypeToken<Page<cn.huzhong.care.core.api.TaskDto>>() { }.getType();
    private static final Type VOLUNTEER_PAGE =
            new TypeToken<Page<cn.huzhong.care.core.api.VolunteerDto>>() { }.getType();
    private static final Type PERSON_PAGE = new TypeToken<Page<cn.huzhong.care.core.api.PersonRef>>() { }.getType();
    private static final Type AUDIT_PAGE = new TypeToken<Page<cn.huzhong.care.core.api.AuditEntryDto>>() { }.getType();
    private static final Type ACCOUNT_PAGE =
            new TypeToken<Page<cn.huzhong.care.core.api.AccountSummary>>() { }.getType();
    private static final Type PROVIDER_SLOTS =
            new TypeToken<List<cn.huzhong.care.core.api.ProviderSlot>>() { }.getType();
    private static final Type SLOT_LIST = new TypeToken<List<cn.huzhong.care.core.api.SlotDto>>() { }.getType();

    /** {@code path} with a page and the given query parameters that are not null. */
    private static String query(String path, Integer page, Integer size, Object... namesAndValues) {
        StringBuilder b = new StringBuilder(path);
        char sep = '?';
        if (page != null) {
            b.append("?page=").append(page).append("&size=").append(size);
            sep = '&';
        }
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            if (v == null) {
                continue;
            }
            String text = v instanceof Enum<?> e ? e.name() : v.toString();
            b.append(sep).append(namesAndValues[i]).append('=')
                    .append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
            sep = '&';
        }
        return b.toString();
    }

    @Override
    public cn.huzhong.care.core.api.StaffQueues staffQueues(String token, cn.huzhong.care.core.domain.Town town,
                                                            Lang lang) {
        return send(get(query(ApiPaths.STAFF_QUEUES, null, null, "town", town), token, lang),
                cn.huzhong.care.core.api.StaffQueues.class);
    }

    @Override
    public Page<cn.huzhong.care.core.api.StaffRequestRow> staffRequests(String token,
                                                                        cn.huzhong.care.core.domain.RequestStatus status,
                                                                        cn.huzhong.care.core.domain.Town town, int page,
                                                                        int size, Lang lang) {
        return send(get(query(ApiPaths.REQUESTS, page, size, "status", status, "town", town), token, lang),
                STAFF_REQUEST_PAGE);
    }

    @Override
    public Page<cn.huzhong.care.core.api.StaffSubsidyRow> staffSubsidies(String token,
                                                                         cn.huzhong.care.core.domain.ApplicationStep step,
                                                                         cn.huzhong.care.core.domain.Town town, int page,
                                                                         int size, Lang lang) {
        return send(get(query(ApiPaths.SUBSIDIES, page, size, "step", step, "town", town), token, lang),
                STAFF_SUBSIDY_PAGE);
    }

    @Override
    public Page<cn.huzhong.care.core.api.StaffHotlineRow> staffHotlineThreads(String token,
                                                                              cn.huzhong.care.core.domain.HotlineStatus status,
                                                                              cn.huzhong.care.core.domain.Town town,
                                                                              int page, int size, Lang lang) {
        return send(get(query(ApiPaths.HOTLINE_THREADS, page, size, "status", status, "town", town), token, lang),
                STAFF_HOTLINE_PAGE);
    }

    @Override
    public Page<cn.huzhong.care.core.api.TaskDto> staffTasks(String token, cn.huzhong.care.core.domain.TaskStatus status,
                                                             cn.huzhong.care.core.domain.Town town, int page, int size,
                                                             Lang lang) {
        return send(get(query(ApiPaths.TASKS, page, size, "status", status, "town", town), token, lang), TASK_PAGE);
    }

    @Override
    public Page<cn.huzhong.care.core.api.VolunteerDto> volunteers(String token,
                                                                  cn.huzhong.care.core.domain.AccountStatus status,
                                                                  cn.huzhong.care.core.domain.Town town, int page,
                                                                  int size, Lang lang) {
        return send(get(query(ApiPaths.VOLUNTEERS, page, size, "status", status, "town", town), token, lang),
                VOLUNTEER_PAGE);
    }

    @Override
    public cn.huzhong.care.core.api.VolunteerDetail volunteer(String token, long volunteerId, Lang lang) {
        return send(get(ApiPaths.fill(ApiPaths.VOLUNTEER, volunteerId), token, lang),
                cn.huzhong.care.core.api.VolunteerDetail.class);
    }

    @Override
    public cn.huzhong.care.core.api.TaskDto task(String token, long taskId, Lang lang) {
        return send(get(ApiPaths.fill(ApiPaths.TASK, taskId), token, lang), cn.huzhong.care.core.api.TaskDto.class);
    }

    @Override
    public ServiceRequestDetail transition(String token, long requestId, cn.huzhong.care.core.api.RequestTransition move,
                                           String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.REQUEST_TRANSITIONS, requestId), token, lang, move, idempotencyKey),
                ServiceRequestDetail.class);
    }

    @Override
    public ServiceRequestDetail assignProvider(String token, long requestId, long providerId, String idempotencyKey,
                                               Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.REQUEST_PROVIDER, requestId), token, lang,
                new cn.huzhong.care.core.api.AssignProvider(providerId), idempotencyKey), ServiceRequestDetail.class);
    }

    @Override
    public cn.huzhong.care.core.api.TaskDto createTask(String token, cn.huzhong.care.core.api.CreateTask task,
                                                       String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.TASKS, token, lang, task, idempotencyKey), cn.huzhong.care.core.api.TaskDto.class);
    }

    @Override
    public cn.huzhong.care.core.api.TaskDto assignVolunteer(String token, long taskId, long volunteerId,
                                                            String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.TASK_ASSIGN, taskId), token, lang,
                new cn.huzhong.care.core.api.AssignVolunteer(volunteerId), idempotencyKey),
                cn.huzhong.care.core.api.TaskDto.class);
    }

    @Override
    public SubsidyDetail advanceSubsidy(String token, long subsidyId, String note, String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.SUBSIDY_ADVANCE, subsidyId), token, lang,
                new cn.huzhong.care.core.api.NoteRequest(note), idempotencyKey), SubsidyDetail.class);
    }

    @Override
    public SubsidyDetail rejectSubsidy(String token, long subsidyId, String reason, String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.SUBSIDY_REJECT, subsidyId), token, lang,
                new cn.huzhong.care.core.api.ReasonRequest(reason), idempotencyKey), SubsidyDetail.class);
    }

    @Override
    public SubsidyDetail recordPayment(String token, long subsidyId, cn.huzhong.care.core.api.PaymentRequest payment,
                                       String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.SUBSIDY_PAYMENTS, subsidyId), token, lang, payment, idempotencyKey),
                SubsidyDetail.class);
    }

    @Override
    public HotlineThreadDetail replyHotline(String token, long threadId, String body, String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.HOTLINE_REPLIES, threadId), token, lang, new HotlineMessageRequest(body),
                idempotencyKey), HotlineThreadDetail.class);
    }

    @Override
    public cn.huzhong.care.core.api.VolunteerDto verifyVolunteer(String token, long volunteerId, String note,
                                                                 String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.VOLUNTEER_VERIFY, volunteerId), token, lang,
                new cn.huzhong.care.core.api.NoteRequest(note), idempotencyKey), cn.huzhong.care.core.api.VolunteerDto.class);
    }

    @Override
    public cn.huzhong.care.core.api.AccountSummary suspendAccount(String token, long accountId, String reason,
                                                                  String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, accountId), token, lang,
                new cn.huzhong.care.core.api.ReasonRequest(reason), idempotencyKey),
                cn.huzhong.care.core.api.AccountSummary.class);
    }

    @Override
    public cn.huzhong.care.core.api.AccountSummary reinstateAccount(String token, long accountId, String idempotencyKey,
                                                                    Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.ACCOUNT_REINSTATE, accountId), token, lang,
                new cn.huzhong.care.core.api.NoteRequest(null), idempotencyKey), cn.huzhong.care.core.api.AccountSummary.class);
    }

    @Override
    public Page<cn.huzhong.care.core.api.PersonRef> searchResidents(String token,
                                                                    cn.huzhong.care.core.api.ResidentSearch search,
                                                                    int page, int size, Lang lang) {
        // the certificate number goes in the body only: never in the address, where proxies and logs keep it
        return send(post(query(ApiPaths.RESIDENTS_SEARCH, page, size), token, lang, search, null), PERSON_PAGE);
    }

    @Override
    public cn.huzhong.care.core.api.IndicatorReport indicators(String token, cn.huzhong.care.core.domain.Town town,
                                                               Lang lang) {
        return send(get(query(ApiPaths.INDICATORS, null, null, "town", town), token, lang),
                cn.huzhong.care.core.api.IndicatorReport.class);
    }

    @Override
    public Page<cn.huzhong.care.core.api.AuditEntryDto> audit(String token, Long residentId, Long actorAccountId,
                                                              LocalDate from, LocalDate to,
                                                              cn.huzhong.care.core.domain.Town town, int page, int size,
                                                              Lang lang) {
        return send(get(query(ApiPaths.AUDIT, page, size, "residentId", residentId, "actorAccountId", actorAccountId,
                "from", from, "to", to, "town", town), token, lang), AUDIT_PAGE);
    }

    @Override
    public Page<cn.huzhong.care.core.api.AccountSummary> accounts(String token, cn.huzhong.care.core.domain.Role role,
                                                                  cn.huzhong.care.core.domain.AccountStatus status,
                                                                  cn.huzhong.care.core.domain.Town town, String name,
                                                                  int page, int size, Lang lang) {
        return send(get(query(ApiPaths.ACCOUNTS, page, size, "role", role, "status", status, "town", town, "name",
                name), token, lang), ACCOUNT_PAGE);
    }

    @Override
    public cn.huzhong.care.core.api.AccountCreated createAccount(String token, cn.huzhong.care.core.api.CreateAccount account,
                                                                 String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.ACCOUNTS, token, lang, account, idempotencyKey),
                cn.huzhong.care.core.api.AccountCreated.class);
    }

    @Override
    public cn.huzhong.care.core.api.CarerLinkDto linkCarer(String token, long residentId,
                                                           cn.huzhong.care.core.api.LinkCarer link, String idempotencyKey,
                                                           Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.RESIDENT_CARERS, residentId), token, lang, link, idempotencyKey),
                cn.huzhong.care.core.api.CarerLinkDto.class);
    }

    @Override
    public cn.huzhong.care.core.api.OneTimeCode passwordReset(String token, long accountId, String idempotencyKey,
                                                              Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.ACCOUNT_PASSWORD_RESET, accountId), token, lang, null, idempotencyKey),
                cn.huzhong.care.core.api.OneTimeCode.class);
    }

    @Override
    public List<cn.huzhong.care.core.api.ProviderSlot> providerSlots(String token, long providerId, LocalDate from,
                                                                     int days, Lang lang) {
        return send(get(query(ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, providerId), null, null, "from", from, "days", days),
                token, lang), PROVIDER_SLOTS);
    }

    @Override
    public List<cn.huzhong.care.core.api.SlotDto> publishSlots(String token, long providerId,
                                                               cn.huzhong.care.core.api.PublishSlots slots,
                                                               String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, providerId), token, lang, slots, idempotencyKey),
                SLOT_LIST);
    }

    @Override
    public cn.huzhong.care.core.api.ProviderSlot withdrawSlot(String token, long slotId, String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.SLOT_WITHDRAW, slotId), token, lang, null, idempotencyKey),
                cn.huzhong.care.core.api.ProviderSlot.class);
    }

    private static final Type COMPLAINT_PAGE =
            new TypeToken<Page<cn.huzhong.care.core.api.ComplaintDto>>() { }.getType();
    private static final Type DATA_CASE_PAGE =
            new TypeToken<Page<cn.huzhong.care.core.api.DataCaseDto>>() { }.getType();

    @Override
    public Page<cn.huzhong.care.core.api.ComplaintDto> complaints(String token,
                                                                  cn.huzhong.care.core.domain.ComplaintStatus status,
                                                                  cn.huzhong.care.core.domain.Town town, int page,
                                                                  int size, Lang lang) {
        return send(get(query(ApiPaths.COMPLAINTS, page, size, "status", status, "town", town), token, lang),
                COMPLAINT_PAGE);
    }

    @Override
    public cn.huzhong.care.core.api.ComplaintDto closeComplaint(String token, long complaintId, String outcome,
                                                                String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.COMPLAINT_CLOSE, complaintId), token, lang,
                new cn.huzhong.care.core.api.NoteRequest(outcome), idempotencyKey), cn.huzhong.care.core.api.ComplaintDto.class);
    }

    @Override
    public Page<cn.huzhong.care.core.api.DataCaseDto> dataCases(String token,
                                                                cn.huzhong.care.core.domain.DataCaseStatus status,
                                                                cn.huzhong.care.core.domain.Town town, int page,
                                                                int size, Lang lang) {
        return send(get(query(ApiPaths.DATA_CASES, page, size, "status", status, "town", town), token, lang),
                DATA_CASE_PAGE);
    }

    @Override
    public cn.huzhong.care.core.api.DataCaseDto answerDataCase(String token, long caseId,
                                                               cn.huzhong.care.core.api.AnswerDataCase answer,
                                                               String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.DATA_CASE_ANSWER, caseId), token, lang, answer, idempotencyKey),
                cn.huzhong.care.core.api.DataCaseDto.class);
    }

    // ---- volunteers and accounts (issue 8: the volunteer and accounts engineer's section) ----

    private static final Type OPEN_TASK_PAGE = new TypeToken<Page<cn.huzhong.care.core.api.OpenTaskDto>>() { }.getType();
    private static final Type DATA_CASE_LIST = new TypeToken<List<cn.huzhong.care.core.api.DataCaseDto>>() { }.getType();

    @Override
    public cn.huzhong.care.core.api.VolunteerDto registerVolunteer(cn.huzhong.care.core.api.RegisterVolunteer registration,
                                                                  String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.VOLUNTEERS, null, lang, registration, idempotencyKey),
                cn.huzhong.care.core.api.VolunteerDto.class);
    }

    @Override
    public cn.huzhong.care.core.api.VolunteerDto meVolunteer(String token, Lang lang) {
        return send(get(ApiPaths.ME_VOLUNTEER, token, lang), cn.huzhong.care.core.api.VolunteerDto.class);
    }

    @Override
    public Page<cn.huzhong.care.core.api.OpenTaskDto> openTasks(String token, cn.huzhong.care.core.domain.Town town,
                                                               cn.huzhong.care.core.domain.HelpKind kind, LocalDate date,
                                                               int page, int size, Lang lang) {
        String path = paged(ApiPaths.OPEN_TASKS, page, size) + (town == null ? "" : "&town=" + town.name())
                + (kind == null ? "" : "&kind=" + kind.name()) + (date == null ? "" : "&date=" + date);
        return send(get(path, token, lang), OPEN_TASK_PAGE);
    }

    @Override
    public Page<cn.huzhong.care.core.api.TaskDto> myTasks(String token, boolean done, int page, int size, Lang lang) {
        return send(get(paged(ApiPaths.ME_TASKS, page, size) + "&scope=" + (done ? "done" : "current"), token, lang),
                TASK_PAGE);
    }

    @Override
    public cn.huzhong.care.core.api.TaskDto acceptTask(String token, long taskId, String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.TASK_ACCEPT, taskId), token, lang, null, idempotencyKey),
                cn.huzhong.care.core.api.TaskDto.class);
    }

    @Override
    public cn.huzhong.care.core.api.TaskDto checkIn(String token, long taskId, String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.TASK_CHECK_IN, taskId), token, lang, null, idempotencyKey),
                cn.huzhong.care.core.api.TaskDto.class);
    }

    @Override
    public cn.huzhong.care.core.api.TaskDto completeTask(String token, long taskId,
                                                        cn.huzhong.care.core.api.CompleteTask completion,
                                                        String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.TASK_COMPLETE, taskId), token, lang, completion, idempotencyKey),
                cn.huzhong.care.core.api.TaskDto.class);
    }

    @Override
    public cn.huzhong.care.core.api.TaskDto withdrawTask(String token, long taskId, String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.TASK_WITHDRAW, taskId), token, lang, null, idempotencyKey),
                cn.huzhong.care.core.api.TaskDto.class);
    }

    @Override
    public void changePassword(String token, cn.huzhong.care.core.api.ChangePassword change, Lang lang) {
        send(post(ApiPaths.ME_PASSWORD, token, lang, change, null), Void.class);
    }

    @Override
    public cn.huzhong.care.core.api.PersonalDataDto personalData(String token, long residentId, Lang lang) {
        return send(get(ApiPaths.fill(ApiPaths.RESIDENT_PERSONAL_DATA, residentId), token, lang),
                cn.huzhong.care.core.api.PersonalDataDto.class);
    }

    @Override
    public List<cn.huzhong.care.core.api.DataCaseDto> dataCases(String token, long residentId, Lang lang) {
        return send(get(ApiPaths.fill(ApiPaths.RESIDENT_DATA_CASES, residentId), token, lang), DATA_CASE_LIST);
    }

    @Override
    public cn.huzhong.care.core.api.DataCaseDto fileDataCase(String token, long residentId,
                                                            cn.huzhong.care.core.api.FileDataCase dataCase,
                                                            String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.RESIDENT_DATA_CASES, residentId), token, lang, dataCase, idempotencyKey),
                cn.huzhong.care.core.api.DataCaseDto.class);
    }

    @Override
    public Page<cn.huzhong.care.core.api.TaskDto> residentTasks(String token, long residentId, int page, int size,
                                                               Lang lang) {
        return send(get(paged(ApiPaths.fill(ApiPaths.RESIDENT_TASKS, residentId), page, size), token, lang), TASK_PAGE);
    }

    @Override
    public cn.huzhong.care.core.api.TaskDto rateTask(String token, long residentId, long taskId, RatingRequest rating,
                                                    String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.RESIDENT_TASK_RATING, residentId, taskId), token, lang, rating,
                idempotencyKey), cn.huzhong.care.core.api.TaskDto.class);
    }

    @Override
    public cn.huzhong.care.core.api.ComplaintDto complainAboutTask(String token, long residentId, long taskId,
                                                                  cn.huzhong.care.core.api.FileComplaint complaint,
                                                                  String idempotencyKey, Lang lang) {
        return send(post(ApiPaths.fill(ApiPaths.RESIDENT_TASK_COMPLAINTS, residentId, taskId), token, lang, complaint,
                idempotencyKey), cn.huzhong.care.core.api.ComplaintDto.class);
    }

    // ---- HTTP ----

    private Request.Builder request(String pathAndQuery, String token, Lang lang) {
        URI base = baseUri.get();
        if (base == null) {
            throw new ApiFailure.Unreachable("no server address is configured", null);
        }
        if ("http".equalsIgnoreCase(base.getScheme()) && !AppSettings.isLoopback(base.getHost())) {
            // never a password or a token in clear text over the network: http:// only to this computer
            throw new ApiFailure.Unreachable("refusing plain http:// to a host other than this computer", null);
        }
        HttpUrl url = HttpUrl.get(base.toString().replaceAll("/+$", "") + pathAndQuery);
        Request.Builder b = new Request.Builder().url(url)
                .header("Accept", "application/json, " + ApiPaths.PROBLEM_JSON)
                .header("Accept-Language", lang.tag());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** {@code path} with the query of one page of a list (the first query parameters). */
    private static String paged(String path, int page, int size) {
        return path + "?page=" + page + "&size=" + size;
    }

    private Request get(String path, String token, Lang lang) {
        return request(path, token, lang).get().build();
    }

    /** A POST with an optional body ({@code null}: an empty JSON object) and an optional Idempotency-Key. */
    private Request post(String path, String token, Lang lang, Object body, String idempotencyKey) {
        Request.Builder b = request(path, token, lang)
                .post(RequestBody.create(body == null ? "{}" : gson.toJson(body), JSON));
        if (idempotencyKey != null) {
            b.header(ApiPaths.HEADER_IDEMPOTENCY_KEY, idempotencyKey);
        }
        return b.build();
    }

    private <T> T send(Request request, Type type) {
        try (Response response = http().newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body.string();
            if (response.isSuccessful()) {
                if (type == Void.class) {
                    return null;
                }
                try {
                    T value = gson.fromJson(text, type);
                    if (value == null) {
                        throw new JsonParseException("empty body");
                    }
                    return value;
                } catch (JsonParseException e) {
                    throw new ApiFailure.ServerError(unreadable(response.code(), request));
                }
            }
            throw failure(response, text, request);
        } catch (IOException e) {
            throw new ApiFailure.Unreachable(request.method() + " " + request.url().encodedPath() + ": " + e, e);
        }
    }

    private ApiFailure failure(Response response, String text, Request request) {
        int status = response.code();
        ApiProblem problem = null;
        try {
            problem = gson.fromJson(text, ApiProblem.class);
        } catch (JsonParseException | IllegalStateException e) {
            // not a problem document: a proxy's error page, say
        }
        if (problem == null || (problem.title() == null && problem.detail() == null)) {
            problem = unreadable(status, request);
        } else if (problem.status() != status) {
            problem = new ApiProblem(problem.type(), problem.title(), status, problem.detail(), problem.instance(),
                    problem.errors(), problem.retryAfterSeconds());
        }
        if (problem.errors() == null) {
            problem = new ApiProblem(problem.type(), problem.title(), status, problem.detail(), problem.instance(),
                    List.of(), problem.retryAfterSeconds());
        }
        return switch (status) {
            case 401 -> new ApiFailure.Unauthorized(problem);
            case 422 -> new ApiFailure.Invalid(problem);
            case 429 -> new ApiFailure.RateLimited(problem, retryAfter(response.header("Retry-After"), problem));
            default -> status >= 500 ? new ApiFailure.ServerError(problem) : new ApiFailure.Rejected(problem);
        };
    }

    private static ApiProblem unreadable(int status, Request request) {
        return new ApiProblem("about:blank", null, status, null, request.url().encodedPath(), List.of(), null);
    }

    /** Retry-After in seconds or as an HTTP date; else the problem's own field; else one minute. */
    static long retryAfter(String header, ApiProblem problem) {
        if (header != null && !header.isBlank()) {
            String h = header.trim();
            try {
                return Math.max(1, Long.parseLong(h));
            } catch (NumberFormatException e) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME);
                    return Math.max(1, Duration.between(ZonedDateTime.now(at.getZone()), at).getSeconds());
                } catch (DateTimeParseException ignored) {
                    // fall through
                }
            }
        }
        if (problem != null && problem.retryAfterSeconds() != null) {
            return Math.max(1, problem.retryAfterSeconds());
        }
        return 60;
    }
}

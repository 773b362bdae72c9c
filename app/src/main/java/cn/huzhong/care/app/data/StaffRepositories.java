package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.AccountCreated;
import cn.huzhong.care.core.api.AnswerDataCase;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.AuditEntryDto;
import cn.huzhong.care.core.api.CarerLinkDto;
import cn.huzhong.care.core.api.CreateAccount;
import cn.huzhong.care.core.api.CreateTask;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.IndicatorReport;
import cn.huzhong.care.core.api.LinkCarer;
import cn.huzhong.care.core.api.OneTimeCode;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.PaymentRequest;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.ProviderSlot;
import cn.huzhong.care.core.api.PublishSlots;
import cn.huzhong.care.core.api.RequestTransition;
import cn.huzhong.care.core.api.ResidentSearch;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.SlotDto;
import cn.huzhong.care.core.api.StaffHotlineRow;
import cn.huzhong.care.core.api.StaffQueues;
import cn.huzhong.care.core.api.StaffRequestRow;
import cn.huzhong.care.core.api.StaffSubsidyRow;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDetail;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Relationship;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;
import com.google.gson.reflect.TypeToken;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link StaffRepository} over the {@link StaffApi} (and the {@link Api} for what staff read as residents' records
 * are read), the device cache and the session. Copies are kept under the staff account's keys
 * ({@code a7-staff-queues-HUZHONG-zh}), so one account's never stands in for another's.
 */
public final class StaffRepositories implements StaffRepository {
    private static final Type REQUEST_PAGE = new TypeToken<Page<StaffRequestRow>>() { }.getType();
    private static final Type SUBSIDY_PAGE = new TypeToken<Page<StaffSubsidyRow>>() { }.getType();
    private static final Type HOTLINE_PAGE = new TypeToken<Page<StaffHotlineRow>>() { }.getType();
    private static final Type TASK_PAGE = new TypeToken<Page<TaskDto>>() { }.getType();
    private static final Type VOLUNTEER_PAGE = new TypeToken<Page<VolunteerDto>>() { }.getType();
    private static final Type COMPLAINT_PAGE = new TypeToken<Page<ComplaintDto>>() { }.getType();
    private static final Type DATA_CASE_PAGE = new TypeToken<Page<DataCaseDto>>() { }.getType();
    private static final Type PROVIDERS = new TypeToken<List<ProviderDto>>() { }.getType();

    private final Api api;
    private final StaffApi staff;
    private final DataSource data;
    private final SignedIn signedIn;

    public StaffRepositories(Api api, StaffApi staff, DataSource data, SessionRepository sessions, Supplier<Lang> lang) {
        this.api = api;
        this.staff = staff;
        this.data = data;
        this.signedIn = new SignedIn(data, sessions, lang);
    }

    @Override
    public Town ownTown() {
        return signedIn.session().account().town();
    }

    @Override
    public long ownAccountId() {
        return signedIn.session().account().id();
    }

    private static String town(Town t) {
        return t == null ? "all" : t.name().toLowerCase(Locale.ROOT);
    }

    /** A read kept on the device under the staff account's key for {@code what}. */
    private <T> Reading<T> read(String what, Type type, Function<Session, T> fetch) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.read(SignedIn.accountKey(s, "staff-" + what, l), type, () -> fetch.apply(s));
    }

    /** A call with the session and language of now, run in the background. */
    private <T> CompletableFuture<T> run(Function<Session, T> call) {
        Session s = signedIn.session();
        return data.run(() -> call.apply(s));
    }

    @Override
    public Reading<StaffQueues> queues(Town town) {
        Lang l = signedIn.lang();
        return read("queues-" + town(town), StaffQueues.class, s -> staff.staffQueues(s.token(), town, l));
    }

    @Override
    public Reading<Page<StaffRequestRow>> requestQueue(RequestStatus status, Town town) {
        Lang l = signedIn.lang();
        if (status != null) {
            return read("requests-" + status.name() + "-" + town(town), REQUEST_PAGE,
                    s -> staff.staffRequests(s.token(), status, town, 1, QUEUE_SIZE, l));
        }
        // under way: the three statuses after acceptance, oldest change first (as the server orders each)
        return read("requests-underway-" + town(town), REQUEST_PAGE, s -> {
            List<StaffRequestRow> rows = new java.util.ArrayList<>();
            long total = 0;
            for (RequestStatus st : List.of(RequestStatus.ACCEPTED, RequestStatus.PLANNED, RequestStatus.IN_SERVICE)) {
                Page<StaffRequestRow> p = staff.staffRequests(s.token(), st, town, 1, QUEUE_SIZE, l);
                rows.addAll(p.items());
                total += p.total();
            }
            rows.sort(java.util.Comparator.comparing(StaffRequestRow::since,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            List<StaffRequestRow> shown = rows.subList(0, Math.min(QUEUE_SIZE, rows.size()));
            return new Page<>(List.copyOf(shown), 1, QUEUE_SIZE, total);
        });
    }

    @Override
    public Reading<Page<StaffSubsidyRow>> applicationQueue(Town town) {
        Lang l = signedIn.lang();
        return read("applications-" + town(town), SUBSIDY_PAGE,
                s -> staff.staffSubsidies(s.token(), null, town, 1, QUEUE_SIZE, l));
    }

    @Override
    public Reading<Page<StaffHotlineRow>> hotlineQueue(Town town) {
        Lang l = signedIn.lang();
        return read("hotline-" + town(town), HOTLINE_PAGE,
                s -> staff.staffHotlineThreads(s.token(), null, town, 1, QUEUE_SIZE, l));
    }

    @Override
    public Reading<Page<TaskDto>> taskQueue(Town town) {
        Lang l = signedIn.lang();
        return read("tasks-" + town(town), TASK_PAGE, s -> staff.staffTasks(s.token(), null, town, 1, QUEUE_SIZE, l));
    }

    @Override
    public Reading<Page<VolunteerDto>> volunteerQueue(AccountStatus status, Town town) {
        Lang l = signedIn.lang();
        return read("volunteers-" + status + "-" + town(town), VOLUNTEER_PAGE,
                s -> staff.volunteers(s.token(), status, town, 1, QUEUE_SIZE, l));
    }

    @Override
    public Reading<Page<ComplaintDto>> complaintQueue(Town town) {
        Lang l = signedIn.lang();
        return read("complaints-" + town(town), COMPLAINT_PAGE,
                s -> staff.complaints(s.token(), null, town, 1, QUEUE_SIZE, l));
    }

    @Override
    public Reading<Page<DataCaseDto>> dataCaseQueue(Town town) {
        Lang l = signedIn.lang();
        return read("datacases-" + town(town), DATA_CASE_PAGE,
                s -> staff.dataCases(s.token(), null, town, 1, QUEUE_SIZE, l));
    }

    @Override
    public Reading<ServiceRequestDetail> request(long residentId, long requestId) {
        Lang l = signedIn.lang();
        return read("request-" + requestId, ServiceRequestDetail.class,
                s -> api.request(s.token(), residentId, requestId, l));
    }

    @Override
    public Reading<SubsidyDetail> application(long residentId, long subsidyId) {
        Lang l = signedIn.lang();
        return read("application-" + subsidyId, SubsidyDetail.class,
                s -> api.subsidy(s.token(), residentId, subsidyId, l));
    }

    @Override
    public Reading<HotlineThreadDetail> thread(long residentId, long threadId) {
        Lang l = signedIn.lang();
        return read("thread-" + threadId, HotlineThreadDetail.class,
                s -> api.hotlineThread(s.token(), residentId, threadId, l));
    }

    @Override
    public Reading<VolunteerDetail> volunteer(long volunteerId) {
        Lang l = signedIn.lang();
        return read("volunteer-" + volunteerId, VolunteerDetail.class, s -> staff.volunteer(s.token(), volunteerId, l));
    }

    @Override
    public Reading<TaskDto> task(long taskId) {
        Lang l = signedIn.lang();
        return read("task-" + taskId, TaskDto.class, s -> staff.task(s.token(), taskId, l));
    }

    @Override
    public Reading<List<ProviderDto>> providers() {
        Lang l = signedIn.lang();
        return read("providers", PROVIDERS, s -> api.providers(s.token(), null, l));
    }

    // ---- actions: the answer replaces the device's copy of what changed ----

    private <T> T keep(Session s, String what, T value) {
        data.put(SignedIn.accountKey(s, "staff-" + what, signedIn.lang()), value);
        return value;
    }

    @Override
    public CompletableFuture<ServiceRequestDetail> transition(long requestId, RequestTransition move, String key) {
        Lang l = signedIn.lang();
        return run(s -> keep(s, "request-" + requestId, staff.transition(s.token(), requestId, move, key, l)));
    }

    @Override
    public CompletableFuture<ServiceRequestDetail> assignProvider(long requestId, long providerId, String key) {
        Lang l = signedIn.lang();
        return run(s -> keep(s, "request-" + requestId, staff.assignProvider(s.token(), requestId, providerId, key, l)));
    }

    @Override
    public CompletableFuture<TaskDto> createTask(CreateTask task, String key) {
        Lang l = signedIn.lang();
        return run(s -> {
            TaskDto t = staff.createTask(s.token(), task, key, l);
            return keep(s, "task-" + t.id(), t);
        });
    }

    @Override
    public CompletableFuture<TaskDto> assignVolunteer(long taskId, long volunteerId, String key) {
        Lang l = signedIn.lang();
        return run(s -> keep(s, "task-" + taskId, staff.assignVolunteer(s.token(), taskId, volunteerId, key, l)));
    }

    @Override
    public CompletableFuture<SubsidyDetail> advance(long subsidyId, String note, String key) {
        Lang l = signedIn.lang();
        return run(s -> keep(s, "application-" + subsidyId, staff.advanceSubsidy(s.token(), subsidyId, note, key, l)));
    }

    @Override
    public CompletableFuture<SubsidyDetail> reject(long subsidyId, String reason, String key) {
        Lang l = signedIn.lang();
        return run(s -> keep(s, "application-" + subsidyId, staff.rejectSubsidy(s.token(), subsidyId, reason, key, l)));
    }

    @Override
    public CompletableFuture<SubsidyDetail> recordPayment(long subsidyId, PaymentRequest payment, String key) {
        Lang l = signedIn.lang();
        return run(s -> keep(s, "application-" + subsidyId,
                staff.recordPayment(s.token(), subsidyId, payment, key, l)));
    }

    @Override
    public CompletableFuture<HotlineThreadDetail> reply(long threadId, String body, String key) {
        Lang l = signedIn.lang();
        return run(s -> keep(s, "thread-" + threadId, staff.replyHotline(s.token(), threadId, body, key, l)));
    }

    @Override
    public CompletableFuture<VolunteerDto> verify(long volunteerId, String note, String key) {
        Lang l = signedIn.lang();
        return run(s -> staff.verifyVolunteer(s.token(), volunteerId, note, key, l));
    }

    @Override
    public CompletableFuture<AccountSummary> suspend(long accountId, String reason, String key) {
        Lang l = signedIn.lang();
        return run(s -> staff.suspendAccount(s.token(), accountId, reason, key, l));
    }

    @Override
    public CompletableFuture<AccountSummary> reinstate(long accountId, String key) {
        Lang l = signedIn.lang();
        return run(s -> staff.reinstateAccount(s.token(), accountId, key, l));
    }

    @Override
    public CompletableFuture<ComplaintDto> closeComplaint(long complaintId, String outcome, String key) {
        Lang l = signedIn.lang();
        return run(s -> staff.closeComplaint(s.token(), complaintId, outcome, key, l));
    }

    @Override
    public CompletableFuture<DataCaseDto> answerDataCase(long caseId, AnswerDataCase answer, String key) {
        Lang l = signedIn.lang();
        return run(s -> staff.answerDataCase(s.token(), caseId, answer, key, l));
    }

    @Override
    public CompletableFuture<Page<PersonRef>> search(ResidentSearch search) {
        Lang l = signedIn.lang();
        return run(s -> staff.searchResidents(s.token(), search, 1, QUEUE_SIZE, l));
    }

    @Override
    public Reading<IndicatorReport> indicators(Town town) {
        Lang l = signedIn.lang();
        return read("indicators-" + town(town), IndicatorReport.class, s -> staff.indicators(s.token(), town, l));
    }

    @Override
    public CompletableFuture<Page<AuditEntryDto>> audit(Long residentId, Long actorAccountId, LocalDate from,
                                                        LocalDate to, Town town, int page) {
        Lang l = signedIn.lang();
        return run(s -> staff.audit(s.token(), residentId, actorAccountId, from, to, town, page, Paged.PAGE_SIZE, l));
    }

    @Override
    public CompletableFuture<Page<AccountSummary>> accounts(Role role, String namePrefix) {
        Lang l = signedIn.lang();
        String name = namePrefix == null || namePrefix.isBlank() ? null : namePrefix.strip();
        return run(s -> staff.accounts(s.token(), role, null, null, name, 1, QUEUE_SIZE, l));
    }

    @Override
    public CompletableFuture<AccountCreated> createAccount(CreateAccount account, String key) {
        Lang l = signedIn.lang();
        return run(s -> staff.createAccount(s.token(), account, key, l));
    }

    @Override
    public CompletableFuture<CarerLinkDto> linkCarer(long residentId, long carerAccountId, Relationship relationship,
                                                     String key) {
        Lang l = signedIn.lang();
        return run(s -> staff.linkCarer(s.token(), residentId, new LinkCarer(carerAccountId, relationship), key, l));
    }

    @Override
    public CompletableFuture<OneTimeCode> passwordReset(long accountId, String key) {
        Lang l = signedIn.lang();
        return run(s -> staff.passwordReset(s.token(), accountId, key, l));
    }

    @Override
    public CompletableFuture<List<ProviderSlot>> providerSlots(long providerId, LocalDate from, int days) {
        Lang l = signedIn.lang();
        return run(s -> staff.providerSlots(s.token(), providerId, from, days, l));
    }

    @Override
    public CompletableFuture<List<SlotDto>> publishSlots(long providerId, PublishSlots slots, String key) {
        Lang l = signedIn.lang();
        return run(s -> staff.publishSlots(s.token(), providerId, slots, key, l));
    }

    @Override
    public CompletableFuture<ProviderSlot> withdrawSlot(long slotId, String key) {
        Lang l = signedIn.lang();
        return run(s -> staff.withdrawSlot(s.token(), slotId, key, l));
    }
}

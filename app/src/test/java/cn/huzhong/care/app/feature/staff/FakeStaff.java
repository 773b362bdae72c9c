package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.Loaded;
import cn.huzhong.care.app.data.Reading;
import cn.huzhong.care.app.data.StaffRepository;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A StaffRepository for view-model tests: reads answer what a test put in, and every call is written down
 * ({@link #calls}); actions answer the future a test holds ({@link #next}), so a test decides when and how they end.
 */
final class FakeStaff implements StaffRepository {
    final List<String> calls = new ArrayList<>();
    final List<Object> sent = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    Town own;
    StaffQueues queues;
    ServiceRequestDetail request;
    SubsidyDetail application;
    IndicatorReport indicators;
    Page<PersonRef> found = new Page<>(List.of(), 1, 20, 0);
    /** The answer to the next action. */
    CompletableFuture<Object> next = new CompletableFuture<>();

    static <T> Reading<T> answered(T value) {
        return Reading.answered(new Loaded<>(value, Instant.parse("2026-12-01T02:00:00Z"), false));
    }

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<T> action(String name, Object body, String key) {
        calls.add(name);
        sent.add(body);
        keys.add(key);
        return (CompletableFuture<T>) next;
    }

    @Override
    public Town ownTown() {
        return own;
    }

    @Override
    public long ownAccountId() {
        return 5;
    }

    @Override
    public Reading<StaffQueues> queues(Town town) {
        calls.add("queues " + town);
        return answered(queues);
    }

    @Override
    public Reading<Page<StaffRequestRow>> requestQueue(RequestStatus status, Town town) {
        calls.add("requests " + status + " " + town);
        return answered(new Page<>(List.of(), 1, 50, 0));
    }

    @Override
    public Reading<Page<StaffSubsidyRow>> applicationQueue(Town town) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Reading<Page<StaffHotlineRow>> hotlineQueue(Town town) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Reading<Page<TaskDto>> taskQueue(Town town) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Reading<Page<VolunteerDto>> volunteerQueue(AccountStatus status, Town town) {
        throw new UnsupportedOperationException();
    }

    /** What the complaint and personal-data queues answer. */
    Page<ComplaintDto> complaints = new Page<>(List.of(), 1, 50, 0);
    Page<DataCaseDto> dataCases = new Page<>(List.of(), 1, 50, 0);

    @Override
    public Reading<Page<ComplaintDto>> complaintQueue(Town town) {
        calls.add("complaints " + town);
        return answered(complaints);
    }

    @Override
    public Reading<Page<DataCaseDto>> dataCaseQueue(Town town) {
        calls.add("datacases " + town);
        return answered(dataCases);
    }

    @Override
    public Reading<ServiceRequestDetail> request(long residentId, long requestId) {
        calls.add("request " + requestId);
        return answered(request);
    }

    @Override
    public Reading<SubsidyDetail> application(long residentId, long subsidyId) {
        calls.add("application " + subsidyId);
        return answered(application);
    }

    @Override
    public Reading<HotlineThreadDetail> thread(long residentId, long threadId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Reading<VolunteerDetail> volunteer(long volunteerId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Reading<TaskDto> task(long taskId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Reading<List<ProviderDto>> providers() {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<ServiceRequestDetail> transition(long requestId, RequestTransition move, String key) {
        return action("transition " + move.to(), move, key);
    }

    @Override
    public CompletableFuture<ServiceRequestDetail> assignProvider(long requestId, long providerId, String key) {
        return action("provider " + providerId, providerId, key);
    }

    @Override
    public CompletableFuture<TaskDto> createTask(CreateTask task, String key) {
        return action("task", task, key);
    }

    @Override
    public CompletableFuture<TaskDto> assignVolunteer(long taskId, long volunteerId, String key) {
        return action("assign " + volunteerId, volunteerId, key);
    }

    @Override
    public CompletableFuture<SubsidyDetail> advance(long subsidyId, String note, String key) {
        return action("advance", note, key);
    }

    @Override
    public CompletableFuture<SubsidyDetail> reject(long subsidyId, String reason, String key) {
        return action("reject", reason, key);
    }

    @Override
    public CompletableFuture<SubsidyDetail> recordPayment(long subsidyId, PaymentRequest payment, String key) {
        return action("pay " + payment.period(), payment, key);
    }

    @Override
    public CompletableFuture<HotlineThreadDetail> reply(long threadId, String body, String key) {
        return action("reply", body, key);
    }

    @Override
    public CompletableFuture<VolunteerDto> verify(long volunteerId, String note, String key) {
        return action("verify", note, key);
    }

    @Override
    public CompletableFuture<AccountSummary> suspend(long accountId, String reason, String key) {
        return action("suspend", reason, key);
    }

    @Override
    public CompletableFuture<AccountSummary> reinstate(long accountId, String key) {
        return action("reinstate " + accountId, null, key);
    }

    @Override
    public CompletableFuture<ComplaintDto> closeComplaint(long complaintId, String outcome, String key) {
        return action("close " + complaintId, outcome, key);
    }

    @Override
    public CompletableFuture<DataCaseDto> answerDataCase(long caseId, AnswerDataCase answer, String key) {
        return action("answer " + caseId, answer, key);
    }

    @Override
    public CompletableFuture<Page<PersonRef>> search(ResidentSearch search) {
        calls.add("search");
        sent.add(search);
        return CompletableFuture.completedFuture(found);
    }

    @Override
    public Reading<IndicatorReport> indicators(Town town) {
        calls.add("indicators " + town);
        return answered(indicators);
    }

    /** The audit trail's pages, by page number from 1. */
    final List<Page<AuditEntryDto>> auditPages = new ArrayList<>();

    @Override
    public CompletableFuture<Page<AuditEntryDto>> audit(Long residentId, Long actorAccountId, LocalDate from,
                                                        LocalDate to, Town town, int page) {
        calls.add(actorAccountId == null && from == null ? "audit " + residentId + " " + page
                : "audit " + residentId + " by " + actorAccountId + " from " + from + " " + page);
        return CompletableFuture.completedFuture(auditPages.get(page - 1));
    }

    @Override
    public CompletableFuture<Page<AccountSummary>> accounts(Role role, String namePrefix) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<AccountCreated> createAccount(CreateAccount account, String key) {
        return action("account " + account.role(), account, key);
    }

    @Override
    public CompletableFuture<CarerLinkDto> linkCarer(long residentId, long carerAccountId, Relationship relationship,
                                                     String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<OneTimeCode> passwordReset(long accountId, String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<List<ProviderSlot>> providerSlots(long providerId, LocalDate from, int days) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<List<SlotDto>> publishSlots(long providerId, PublishSlots slots, String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<ProviderSlot> withdrawSlot(long slotId, String key) {
        throw new UnsupportedOperationException();
    }
}

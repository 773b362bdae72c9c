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

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What staff work with (F11–F13): the queues of their town (district staff: every town, or {@code town}), each item
 * in full, the actions on them, resident search, the plan's indicators, the audit trail, accounts and slots. Reads
 * are offline first where that is safe (queues, items, indicators: kept under the staff account's own keys); the
 * search and the audit trail always ask the server and are never kept on the device. Actions need the server.
 */
public interface StaffRepository {
    /** The lists of a queue hold at most this many items; the screen says how many more there are. */
    int QUEUE_SIZE = 50;

    /** The staff member's own town, or null for district staff (who choose a town, or see all). */
    Town ownTown();

    /** The signed-in staff member's account (to list their own actions). */
    long ownAccountId();

    Reading<StaffQueues> queues(Town town);

    /** New requests ({@code status} SUBMITTED), one other status, or (null) those under way: accepted to in service. */
    Reading<Page<StaffRequestRow>> requestQueue(RequestStatus status, Town town);

    Reading<Page<StaffSubsidyRow>> applicationQueue(Town town);

    Reading<Page<StaffHotlineRow>> hotlineQueue(Town town);

    Reading<Page<TaskDto>> taskQueue(Town town);

    Reading<Page<VolunteerDto>> volunteerQueue(AccountStatus status, Town town);

    /** Open complaints about volunteers' help. */
    Reading<Page<ComplaintDto>> complaintQueue(Town town);

    /** Open requests to correct or delete personal data. */
    Reading<Page<DataCaseDto>> dataCaseQueue(Town town);

    Reading<ServiceRequestDetail> request(long residentId, long requestId);

    Reading<SubsidyDetail> application(long residentId, long subsidyId);

    Reading<HotlineThreadDetail> thread(long residentId, long threadId);

    Reading<VolunteerDetail> volunteer(long volunteerId);

    Reading<TaskDto> task(long taskId);

    /** The providers of every service (for assigning one to a request). */
    Reading<List<ProviderDto>> providers();

    // ---- actions (each with the key that makes a retry safe) ----

    CompletableFuture<ServiceRequestDetail> transition(long requestId, RequestTransition move, String key);

    CompletableFuture<ServiceRequestDetail> assignProvider(long requestId, long providerId, String key);

    CompletableFuture<TaskDto> createTask(CreateTask task, String key);

    CompletableFuture<TaskDto> assignVolunteer(long taskId, long volunteerId, String key);

    CompletableFuture<SubsidyDetail> advance(long subsidyId, String note, String key);

    CompletableFuture<SubsidyDetail> reject(long subsidyId, String reason, String key);

    CompletableFuture<SubsidyDetail> recordPayment(long subsidyId, PaymentRequest payment, String key);

    CompletableFuture<HotlineThreadDetail> reply(long threadId, String body, String key);

    CompletableFuture<VolunteerDto> verify(long volunteerId, String note, String key);

    CompletableFuture<AccountSummary> suspend(long accountId, String reason, String key);

    CompletableFuture<AccountSummary> reinstate(long accountId, String key);

    CompletableFuture<ComplaintDto> closeComplaint(long complaintId, String outcome, String key);

    CompletableFuture<DataCaseDto> answerDataCase(long caseId, AnswerDataCase answer, String key);

    // ---- search, indicators, audit (search and audit are never kept on the device) ----

    CompletableFuture<Page<PersonRef>> search(ResidentSearch search);

    Reading<IndicatorReport> indicators(Town town);

    /** One page of the audit trail: about one resident and by one staff member (null: anyone), from and to a day. */
    CompletableFuture<Page<AuditEntryDto>> audit(Long residentId, Long actorAccountId, LocalDate from, LocalDate to,
                                                 Town town, int page);

    // ---- accounts and slots ----

    CompletableFuture<Page<AccountSummary>> accounts(Role role, String namePrefix);

    CompletableFuture<AccountCreated> createAccount(CreateAccount account, String key);

    CompletableFuture<CarerLinkDto> linkCarer(long residentId, long carerAccountId, Relationship relationship, String key);

    CompletableFuture<OneTimeCode> passwordReset(long accountId, String key);

    CompletableFuture<List<ProviderSlot>> providerSlots(long providerId, LocalDate from, int days);

    CompletableFuture<List<SlotDto>> publishSlots(long providerId, PublishSlots slots, String key);

    CompletableFuture<ProviderSlot> withdrawSlot(long slotId, String key);
}

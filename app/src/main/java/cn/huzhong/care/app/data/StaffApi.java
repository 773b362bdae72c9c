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
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.ComplaintStatus;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.HotlineStatus;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;

import java.time.LocalDate;
import java.util.List;

/**
 * The staff half of the REST API (F11–F13 and the accounts staff manage), as the app sees it: work queues, the
 * actions on requests, applications, hotline threads, help tasks and volunteers, resident search, indicators, the
 * audit trail, accounts and slots. Every call blocks and throws an {@link ApiFailure}, as {@link Api}'s do; a
 * {@code town} of null means the staff member's own town (district staff: every town). {@code ApiClient}
 * implements it over HTTP; view-model tests use fakes of the repository above it.
 */
public interface StaffApi {
    StaffQueues staffQueues(String token, Town town, Lang lang);

    /** The request queue: {@code status} null = every open request. */
    Page<StaffRequestRow> staffRequests(String token, RequestStatus status, Town town, int page, int size, Lang lang);

    /** Applications at the staff member's steps ({@code step} null: all of them). */
    Page<StaffSubsidyRow> staffSubsidies(String token, ApplicationStep step, Town town, int page, int size, Lang lang);

    /** The 12385 desk's queue ({@code status} null: waiting for a reply). */
    Page<StaffHotlineRow> staffHotlineThreads(String token, HotlineStatus status, Town town, int page, int size,
                                              Lang lang);

    /** Help tasks ({@code status} null: without a volunteer). */
    Page<TaskDto> staffTasks(String token, TaskStatus status, Town town, int page, int size, Lang lang);

    Page<VolunteerDto> volunteers(String token, AccountStatus status, Town town, int page, int size, Lang lang);

    VolunteerDetail volunteer(String token, long volunteerId, Lang lang);

    TaskDto task(String token, long taskId, Lang lang);

    // ---- actions ----

    ServiceRequestDetail transition(String token, long requestId, RequestTransition move, String idempotencyKey,
                                    Lang lang);

    ServiceRequestDetail assignProvider(String token, long requestId, long providerId, String idempotencyKey, Lang lang);

    TaskDto createTask(String token, CreateTask task, String idempotencyKey, Lang lang);

    TaskDto assignVolunteer(String token, long taskId, long volunteerId, String idempotencyKey, Lang lang);

    SubsidyDetail advanceSubsidy(String token, long subsidyId, String note, String idempotencyKey, Lang lang);

    SubsidyDetail rejectSubsidy(String token, long subsidyId, String reason, String idempotencyKey, Lang lang);

    SubsidyDetail recordPayment(String token, long subsidyId, PaymentRequest payment, String idempotencyKey, Lang lang);

    HotlineThreadDetail replyHotline(String token, long threadId, String body, String idempotencyKey, Lang lang);

    VolunteerDto verifyVolunteer(String token, long volunteerId, String note, String idempotencyKey, Lang lang);

    /** Suspends an account (a volunteer's too) with the reason. */
    AccountSummary suspendAccount(String token, long accountId, String reason, String idempotencyKey, Lang lang);

    /** Lets a suspended account sign in again. */
    AccountSummary reinstateAccount(String token, long accountId, String idempotencyKey, Lang lang);

    // ---- search, indicators, audit ----

    /** By the full certificate number (sent in the body) or by the start of a name. */
    Page<PersonRef> searchResidents(String token, ResidentSearch search, int page, int size, Lang lang);

    IndicatorReport indicators(String token, Town town, Lang lang);

    /** The audit trail, newest first; every filter may be null. */
    Page<AuditEntryDto> audit(String token, Long residentId, Long actorAccountId, LocalDate from, LocalDate to,
                              Town town, int page, int size, Lang lang);

    // ---- accounts and slots ----

    Page<AccountSummary> accounts(String token, Role role, AccountStatus status, Town town, String name, int page,
                                  int size, Lang lang);

    AccountCreated createAccount(String token, CreateAccount account, String idempotencyKey, Lang lang);

    CarerLinkDto linkCarer(String token, long residentId, LinkCarer link, String idempotencyKey, Lang lang);

    OneTimeCode passwordReset(String token, long accountId, String idempotencyKey, Lang lang);

    List<ProviderSlot> providerSlots(String token, long providerId, LocalDate from, int days, Lang lang);

    List<SlotDto> publishSlots(String token, long providerId, PublishSlots slots, String idempotencyKey, Lang lang);

    ProviderSlot withdrawSlot(String token, long slotId, String idempotencyKey, Lang lang);

    /** Complaints about volunteers' help ({@code status} null: the open ones), oldest first. */
    Page<ComplaintDto> complaints(String token, ComplaintStatus status, Town town, int page, int size, Lang lang);

    /** Closes a complaint saying what was done about it. */
    ComplaintDto closeComplaint(String token, long complaintId, String outcome, String idempotencyKey, Lang lang);

    /** People's requests to correct or delete what the service holds about them ({@code status} null: open ones). */
    Page<DataCaseDto> dataCases(String token, DataCaseStatus status, Town town, int page, int size, Lang lang);

    /** Answers a personal-data case: a correction carries the new values; the person is told. */
    DataCaseDto answerDataCase(String token, long caseId, AnswerDataCase answer, String idempotencyKey, Lang lang);
}

package cn.huzhong.care.app.data.remote;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.core.api.AccountCreated;
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
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Relationship;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.embedded.EmbeddedBackend;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's staff calls ({@code StaffApi} in ApiClient) against the real server with demo data. */
class StaffApiClientEndToEndTest {
    @TempDir
    static Path dir;
    static EmbeddedBackend.Running server;
    static ApiClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedBackend.find().orElseThrow().start(dir, true);
        client = new ApiClient(server::baseUri);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String token(String phone) {
        return client.signIn(phone, "demo1234", Lang.ZH).token();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void townStaff_queues_countWhatTheListsHold_andStayInTheirTown() {
        String t = token("13900000301");
        StaffQueues q = client.staffQueues(t, null, Lang.ZH);
        assertEquals(Town.HUZHONG, q.town());
        // the default list holds every open request: the new ones and those under way
        Page<StaffRequestRow> open = client.staffRequests(t, null, null, 1, 100, Lang.ZH);
        assertEquals(q.newRequests() + q.openRequests(), open.total());
        long underWay = 0;
        for (RequestStatus s : List.of(RequestStatus.ACCEPTED, RequestStatus.PLANNED, RequestStatus.IN_SERVICE)) {
            underWay += client.staffRequests(t, s, null, 1, 100, Lang.ZH).total();
        }
        assertEquals(q.openRequests(), underWay);
        assertTrue(open.items().stream().allMatch(r -> r.town() == Town.HUZHONG));
        assertEquals(q.newRequests(), client.staffRequests(t, RequestStatus.SUBMITTED, null, 1, 100, Lang.ZH).total());
        assertEquals(q.applicationsAtMyStep(), client.staffSubsidies(t, null, null, 1, 100, Lang.ZH).total());
        assertEquals(q.hotlineThreadsToAnswer(), client.staffHotlineThreads(t, null, null, 1, 100, Lang.ZH).total());
        assertEquals(q.tasksWithoutVolunteer(), client.staffTasks(t, null, null, 1, 100, Lang.ZH).total());
        assertEquals(q.volunteersToVerify(),
                client.volunteers(t, AccountStatus.PENDING, null, 1, 100, Lang.ZH).total());
        // a town filter naming another town shows town staff nothing of it
        assertTrue(client.staffRequests(t, null, Town.BISHUI, 1, 100, Lang.ZH).items().stream()
                .noneMatch(r -> r.town() == Town.BISHUI));
        assertEquals(0, client.staffQueues(t, Town.BISHUI, Lang.ZH).openRequests());
    }

    @Test
    void districtStaff_filterByTown() {
        String t = token("13900000399");
        StaffQueues bishui = client.staffQueues(t, Town.BISHUI, Lang.ZH);
        assertEquals(Town.BISHUI, bishui.town());
        Page<StaffRequestRow> rows = client.staffRequests(t, null, Town.BISHUI, 1, 100, Lang.ZH);
        assertEquals(bishui.newRequests() + bishui.openRequests(), rows.total());
        assertTrue(rows.items().stream().allMatch(r -> r.town() == Town.BISHUI));
        StaffQueues all = client.staffQueues(t, null, Lang.ZH);
        assertTrue(all.openRequests() >= bishui.openRequests());
    }

    @Test
    void request_acceptPlan_task_assignVolunteer_provider() {
        String t = token("13900000301");
        StaffRequestRow row = client.staffRequests(t, RequestStatus.SUBMITTED, null, 1, 100, Lang.ZH).items().get(0);
        ServiceRequestDetail accepted = client.transition(t, row.id(),
                new RequestTransition(RequestStatus.ACCEPTED, null, null, null), key(), Lang.ZH);
        assertEquals(RequestStatus.ACCEPTED, accepted.summary().status());
        ServiceRequestDetail planned = client.transition(t, row.id(),
                new RequestTransition(RequestStatus.PLANNED, null, "每周二上门一次", null), key(), Lang.ZH);
        assertEquals("每周二上门一次", planned.plan());

        ProviderDto provider = client.providers(t, null, Lang.ZH).stream().filter(p -> p.town() == Town.HUZHONG)
                .findFirst().orElseThrow();
        ServiceRequestDetail withProvider = client.assignProvider(t, row.id(), provider.id(), key(), Lang.ZH);
        assertEquals(provider.id(), withProvider.provider().id());

        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(2).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        TaskDto task = client.createTask(t, new CreateTask(null, row.id(), HelpKind.HOME_VISIT, "陪同聊天，检查取暖",
                start, start.plusHours(2)), key(), Lang.ZH);
        assertEquals(TaskStatus.OPEN, task.status());
        assertEquals(row.id(), task.requestId());
        VolunteerDto lin = client.volunteers(t, AccountStatus.ACTIVE, null, 1, 100, Lang.ZH).items().stream()
                .filter(v -> v.name().equals("林志远")).findFirst().orElseThrow();
        TaskDto assigned = client.assignVolunteer(t, task.id(), lin.id(), key(), Lang.ZH);
        assertEquals(TaskStatus.ACCEPTED, assigned.status());
        assertEquals(lin.id(), assigned.volunteerId());
        assertEquals(TaskStatus.ACCEPTED, client.task(t, task.id(), Lang.ZH).status());
        assertEquals(1, client.request(t, row.residentId(), row.id(), Lang.ZH).tasks().size());
    }

    @Test
    void request_reject_needsAReason() {
        String t = token("13900000302");
        StaffRequestRow row = client.staffRequests(t, null, null, 1, 100, Lang.ZH).items().stream()
                .filter(r -> r.status() == RequestStatus.SUBMITTED || r.status() == RequestStatus.ACCEPTED)
                .findFirst().orElseThrow();
        assertThrows(ApiFailure.Invalid.class, () -> client.transition(t, row.id(),
                new RequestTransition(RequestStatus.REJECTED, null, null, null), key(), Lang.ZH));
        ServiceRequestDetail rejected = client.transition(t, row.id(),
                new RequestTransition(RequestStatus.REJECTED, null, null, "不在服务范围"), key(), Lang.ZH);
        assertEquals(RequestStatus.REJECTED, rejected.summary().status());
        assertEquals("不在服务范围", rejected.reason());
    }

    @Test
    void applications_advance_reject_andPay() {
        String t = token("13900000399");
        List<StaffSubsidyRow> rows = client.staffSubsidies(t, null, null, 1, 100, Lang.ZH).items();
        StaffSubsidyRow first = rows.get(0);
        assertTrue(first.certificateMasked() == null || first.certificateMasked().contains("*"));
        SubsidyDetail advanced = client.advanceSubsidy(t, first.id(), null, key(), Lang.ZH);
        assertEquals(first.step().next().orElseThrow(), advanced.summary().step());
        StaffSubsidyRow second = rows.get(1);
        SubsidyDetail rejected = client.rejectSubsidy(t, second.id(), "材料不全", key(), Lang.ZH);
        assertEquals(ApplicationStep.REJECTED, rejected.summary().step());
        assertEquals("材料不全", rejected.reason());

        // 王秀兰's benefit being paid: a payment for a month not paid yet
        String resident = token("13900000001");
        long me = client.me(resident, Lang.ZH).actingFor().get(0).residentId();
        long paying = client.subsidies(resident, me, 1, 100, Lang.ZH).items().stream()
                .filter(s -> s.step() == ApplicationStep.PAYING).findFirst().orElseThrow().id();
        SubsidyDetail before = client.subsidy(t, me, paying, Lang.ZH);
        java.time.YearMonth month = java.time.YearMonth.now(ZoneOffset.ofHours(8));
        while (true) {
            String m = month.toString();
            if (before.payments().stream().noneMatch(x -> x.period().equals(m))) {
                break;
            }
            month = month.minusMonths(1);
        }
        String unpaid = month.toString();
        SubsidyDetail paid = client.recordPayment(t, paying, new PaymentRequest(unpaid, null, null), key(), Lang.ZH);
        assertEquals(before.payments().size() + 1, paid.payments().size());
        assertTrue(paid.payments().stream().anyMatch(x -> x.period().equals(unpaid)));
    }

    @Test
    void hotline_reply() {
        String t = token("13900000399");
        StaffHotlineRow row = client.staffHotlineThreads(t, null, null, 1, 100, Lang.ZH).items().get(0);
        HotlineThreadDetail d = client.replyHotline(t, row.id(), "您好，已为您登记。", key(), Lang.ZH);
        assertEquals("您好，已为您登记。", d.messages().get(d.messages().size() - 1).body());
    }

    @Test
    void volunteers_verify_andSuspend() {
        String t = token("13900000302");
        VolunteerDto huang = client.volunteers(t, AccountStatus.PENDING, null, 1, 100, Lang.ZH).items().get(0);
        assertEquals("黄小燕", huang.name());
        assertTrue(client.volunteer(t, huang.id(), Lang.ZH).phone().startsWith("139"));
        assertEquals(AccountStatus.ACTIVE, client.verifyVolunteer(t, huang.id(), null, key(), Lang.ZH).status());
        var suspended = client.suspendAccount(t, huang.id(), "多次爽约", key(), Lang.ZH);
        assertEquals(AccountStatus.SUSPENDED, suspended.status());
        assertThrows(ApiFailure.class, () -> client.signIn("13900000202", "demo1234", Lang.ZH));
    }

    @Test
    void search_byCertificateNumberInTheBody_answersMaskedNumbers() {
        String resident = token("13900000001");
        long me = client.me(resident, Lang.ZH).actingFor().get(0).residentId();
        String number = client.certificate(resident, me, true, Lang.ZH).number();
        String t = token("13900000301");
        Page<PersonRef> found = client.searchResidents(t, new ResidentSearch(number, null), 1, 20, Lang.ZH);
        assertEquals(1, found.items().size());
        assertEquals(me, found.items().get(0).residentId());
        assertFalse(found.items().get(0).certificateMasked().contains(number));
        assertTrue(found.items().get(0).certificateMasked().contains("*"));
        assertFalse(client.searchResidents(t, new ResidentSearch(null, "王"), 1, 20, Lang.ZH).items().isEmpty());
    }

    @Test
    void indicators_andAudit() {
        String t = token("13900000301");
        IndicatorReport r = client.indicators(t, null, Lang.ZH);
        assertFalse(r.sets().isEmpty());
        assertNotNull(r.sets().get(0).indicators().get(0).text());
        // an action of this staff member shows in the audit trail
        StaffRequestRow row = client.staffRequests(t, RequestStatus.SUBMITTED, null, 1, 100, Lang.ZH).items().get(0);
        client.transition(t, row.id(), new RequestTransition(RequestStatus.ACCEPTED, null, null, null), key(), Lang.ZH);
        Page<AuditEntryDto> audit = client.audit(t, null, null, null, null, null, 1, 20, Lang.ZH);
        assertTrue(audit.items().stream().anyMatch(e -> "周敏".equals(e.actorName())));
        Page<AuditEntryDto> forOne = client.audit(t, row.residentId(), null, LocalDate.now().minusDays(2),
                LocalDate.now().plusDays(2), null, 1, 20, Lang.ZH);
        assertTrue(forOne.items().stream().allMatch(e -> e.residentId() == null || e.residentId() == row.residentId()));
    }

    @Test
    void accounts_create_link_reset() {
        String t = token("13900000301");
        AccountCreated carer = client.createAccount(t, new CreateAccount(Role.CARER, null, "李春梅", "13912345678",
                Town.HUZHONG), key(), Lang.ZH);
        assertEquals(Role.CARER, carer.account().role());
        assertFalse(carer.code().code().isBlank());
        assertTrue(carer.account().phoneMasked().contains("*"));
        long resident = client.searchResidents(t, new ResidentSearch(null, "王秀兰"), 1, 5, Lang.ZH).items().get(0)
                .residentId();
        CarerLinkDto link = client.linkCarer(t, resident, new LinkCarer(carer.account().id(), Relationship.DAUGHTER),
                key(), Lang.ZH);
        assertEquals(Relationship.DAUGHTER, link.relationship());
        OneTimeCode code = client.passwordReset(t, carer.account().id(), key(), Lang.ZH);
        assertNotEquals(carer.code().code(), code.code());
        assertTrue(client.accounts(t, Role.CARER, null, null, "李春", 1, 20, Lang.ZH).items().stream()
                .anyMatch(a -> a.id() == carer.account().id()));
    }

    @Test
    void slots_publish_andWithdraw() {
        String t = token("13900000301");
        ProviderDto provider = client.providers(t, ServiceKind.REHABILITATION, Lang.ZH).stream()
                .filter(p -> p.town() == Town.HUZHONG).findFirst().orElseThrow();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(5).withHour(14).withMinute(0)
                .withSecond(0).withNano(0);
        List<SlotDto> made = client.publishSlots(t, provider.id(), new PublishSlots(ServiceKind.REHABILITATION, at, 30, 2,
                2), key(), Lang.ZH);
        assertEquals(2, made.size());
        ProviderSlot withdrawn = client.withdrawSlot(t, made.get(0).id(), key(), Lang.ZH);
        assertTrue(withdrawn.withdrawn());
        List<ProviderSlot> all = client.providerSlots(t, provider.id(), at.toLocalDate(), 1, Lang.ZH);
        assertTrue(all.stream().anyMatch(s -> s.id() == made.get(0).id() && s.withdrawn()));
        assertTrue(all.stream().anyMatch(s -> s.id() == made.get(1).id() && !s.withdrawn()));
    }

    private static void assertNotEquals(String a, String b) {
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }
}

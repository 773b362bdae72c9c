package cn.huzhong.care.server;

import cn.huzhong.care.core.api.AccountCreated;
import cn.huzhong.care.core.api.AnswerDataCase;
import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.AssignProvider;
import cn.huzhong.care.core.api.AssignVolunteer;
import cn.huzhong.care.core.api.AuditEntryDto;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.CreateAccount;
import cn.huzhong.care.core.api.CreateHotlineThread;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.FileComplaint;
import cn.huzhong.care.core.api.FileDataCase;
import cn.huzhong.care.core.api.HotlineMessageRequest;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.LinkCarer;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.PaymentRequest;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.PublishSlots;
import cn.huzhong.care.core.api.ReasonRequest;
import cn.huzhong.care.core.api.RequestTransition;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.SlotDto;
import cn.huzhong.care.core.api.StaffSubsidyRow;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.Relationship;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.Tasks;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static cn.huzhong.care.server.support.TestServer.CARER_ZHANG;
import static cn.huzhong.care.server.support.TestServer.STAFF_BISHUI;
import static cn.huzhong.care.server.support.TestServer.STAFF_DISTRICT;
import static cn.huzhong.care.server.support.TestServer.STAFF_HUZHONG;
import static cn.huzhong.care.server.support.TestServer.VOLUNTEER;
import static cn.huzhong.care.server.support.TestServer.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F13: every staff action leaves an entry — who, when, what, before → after; staff list them by resident, staff
 * member and date, paged; nothing in the API changes or removes an entry.
 */
class AuditApiTest {
    static final java.lang.reflect.Type PAGE = new TypeToken<Page<AuditEntryDto>>() { }.getType();
    static TestServer server;
    static long staffId;
    static long wang;

    /** Every staff action of 呼中镇's office, done once before the tests look at the trail. */
    @BeforeAll
    static void actEverywhere() {
        server = TestServer.start(true);
        Http staff = server.as(STAFF_HUZHONG);
        Http district = server.as(STAFF_DISTRICT);
        staffId = staff.get(ApiPaths.ME).as(MeResponse.class).account().id();
        wang = Tasks.residentOf(server, WANG);

        long request = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang), RequestApiTest.visit("请帮忙看看炉子"))
                .as(ServiceRequestDetail.class).summary().id();
        ok(staff.post(ApiPaths.fill(ApiPaths.REQUEST_TRANSITIONS, request), new RequestTransition(RequestStatus.ACCEPTED, null, null, null)));
        List<ProviderDto> providers = staff.get(ApiPaths.PROVIDERS).as(new TypeToken<List<ProviderDto>>() { }.getType());
        ProviderDto centre = providers.stream().filter(p -> p.town() == Town.HUZHONG).findFirst().orElseThrow();
        ok(staff.post(ApiPaths.fill(ApiPaths.REQUEST_PROVIDER, request), new AssignProvider(centre.id())));

        List<StaffSubsidyRow> queue = staff.get(ApiPaths.SUBSIDIES + "?size=100")
                .<Page<StaffSubsidyRow>>as(SubsidyApiTest.QUEUE_PAGE).items();
        ok(staff.post(ApiPaths.fill(ApiPaths.SUBSIDY_ADVANCE, queue.get(0).id()), new NoteRequest("材料齐全")));
        ok(staff.post(ApiPaths.fill(ApiPaths.SUBSIDY_REJECT, queue.get(1).id()), new ReasonRequest("户籍不在本区")));
        long living = SubsidyApiTest.subsidies(server, WANG, wang).stream().filter(x -> x.kind() == BenefitKind.LIVING_SUBSIDY)
                .findFirst().orElseThrow().id();
        ok(staff.post(ApiPaths.fill(ApiPaths.SUBSIDY_SUSPEND, living), new ReasonRequest("低保资格复核中")));
        long liuYang = SubsidyApiTest.resident(server, CARER_ZHANG, "刘洋");
        SubsidySummary notice = SubsidyApiTest.subsidies(server, CARER_ZHANG, liuYang).stream()
                .filter(x -> x.step() == ApplicationStep.PUBLIC_NOTICE).findFirst().orElseThrow();
        ok(district.post(ApiPaths.fill(ApiPaths.SUBSIDY_ADVANCE, notice.id()), null));
        ok(staff.post(ApiPaths.fill(ApiPaths.SUBSIDY_PAYMENTS, notice.id()), new PaymentRequest("2026-11", null, null)));

        long thread = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, wang),
                new CreateHotlineThread(HotlineTopic.POLICY, "取暖补贴怎么申请？")).as(HotlineThreadDetail.class).summary().id();
        ok(staff.post(ApiPaths.fill(ApiPaths.HOTLINE_REPLIES, thread), new HotlineMessageRequest("请带户口本到镇办事处申请。")));

        List<SlotDto> slots = staff.post(ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, centre.id()), new PublishSlots(ServiceKind.REHABILITATION,
                OffsetDateTime.of(2026, 12, 3, 8, 0, 0, 0, ZoneOffset.ofHours(8)), 30, 2, 2))
                .as(new TypeToken<List<SlotDto>>() { }.getType());
        ok(staff.post(ApiPaths.fill(ApiPaths.SLOT_WITHDRAW, slots.get(1).id()), null));

        TaskDto task = Tasks.create(staff, wang, HelpKind.SHOPPING, 1, 9);
        long lin = server.as(VOLUNTEER).get(ApiPaths.ME_VOLUNTEER).as(VolunteerDto.class).id();
        ok(staff.post(ApiPaths.fill(ApiPaths.TASK_ASSIGN, task.id()), new AssignVolunteer(lin)));
        long complaint = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_TASK_COMPLAINTS, wang, task.id()),
                new FileComplaint("电话一直打不通")).as(ComplaintDto.class).id();
        ok(staff.post(ApiPaths.fill(ApiPaths.COMPLAINT_CLOSE, complaint), new NoteRequest("已提醒志愿者保持电话畅通")));
        TaskDto other = Tasks.create(staff, wang, HelpKind.READING, 2, 9);
        ok(staff.post(ApiPaths.fill(ApiPaths.TASK_CANCEL, other.id()), new ReasonRequest("本人已有家属陪同")));
        TaskDto held = Tasks.create(staff, wang, HelpKind.HOME_VISIT, 3, 9);
        ok(staff.post(ApiPaths.fill(ApiPaths.TASK_ASSIGN, held.id()), new AssignVolunteer(lin)));

        long pending = VolunteerApiTest.register(server, "孙晓", "13766660000", "snow-2026", List.of(Town.HUZHONG))
                .as(VolunteerDto.class).id();
        ok(staff.post(ApiPaths.fill(ApiPaths.VOLUNTEER_VERIFY, pending), null));
        ok(staff.post(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, lin), new ReasonRequest("暂停核实投诉"))); // reopens the held task
        ok(staff.post(ApiPaths.fill(ApiPaths.ACCOUNT_REINSTATE, lin), new NoteRequest("核实无误")));

        AccountCreated carer = staff.post(ApiPaths.ACCOUNTS, new CreateAccount(Role.CARER, null, "王小军", "13600009999", Town.HUZHONG))
                .as(AccountCreated.class);
        ok(staff.post(ApiPaths.fill(ApiPaths.ACCOUNT_PASSWORD_RESET, carer.account().id()), null));
        ok(staff.post(ApiPaths.fill(ApiPaths.RESIDENT_CARERS, wang), new LinkCarer(carer.account().id(), Relationship.CHILD)));
        assertEquals(204, staff.delete(ApiPaths.fill(ApiPaths.RESIDENT_CARER, wang, carer.account().id())).status());

        long dataCase = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_DATA_CASES, wang),
                new FileDataCase(DataCaseKind.CORRECTION, "门牌号写错了，应为12号之一")).as(DataCaseDto.class).id();
        ok(staff.post(ApiPaths.fill(ApiPaths.DATA_CASE_ANSWER, dataCase), new AnswerDataCase(DataCaseStatus.DONE, "已更正",
                new AnswerDataCase.Corrections(null, null, "呼中镇兴安路12号之一"))));
        ok(staff.get(ApiPaths.fill(ApiPaths.CERTIFICATE, wang) + "?reveal=true"));
    }

    static void ok(Http.Resp r) {
        assertTrue(r.status() == 200 || r.status() == 201, r::toString);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<AuditEntryDto> entries(Http who, String query) {
        Http.Resp r = who.get(ApiPaths.AUDIT + query);
        assertEquals(200, r.status(), r::toString);
        return r.<Page<AuditEntryDto>>as(PAGE).items();
    }

    @Test
    void everyStaffAction_hasAnEntry_withWhoWhenWhat_andBeforeAfter() {
        List<AuditEntryDto> mine = entries(server.as(STAFF_HUZHONG), "?actorAccountId=" + staffId + "&size=100");
        // action → whether the entry has a "before" (an update) or not (something created)
        Map<String, Boolean> expected = new java.util.LinkedHashMap<>();
        expected.put("request.accepted", true);
        expected.put("request.provider", true);
        expected.put("subsidy.advance", true);
        expected.put("subsidy.reject", true);
        expected.put("subsidy.suspend", true);
        expected.put("subsidy.payment", false);
        expected.put("hotline.reply", true);
        expected.put("slots.publish", false);
        expected.put("slots.withdraw", true);
        expected.put("task.create", false);
        expected.put("task.assign", true);
        expected.put("task.cancel", true);
        expected.put("task.reopen", true);
        expected.put("complaint.close", true);
        expected.put("volunteer.verify", true);
        expected.put("account.suspend", true);
        expected.put("account.reinstate", true);
        expected.put("account.create", false);
        expected.put("account.resetCode", true);
        expected.put("carer.link", false);
        expected.put("carer.unlink", true);
        expected.put("personalData.answer", true);
        expected.put("certificate.reveal", false);
        for (Map.Entry<String, Boolean> x : expected.entrySet()) {
            AuditEntryDto e = mine.stream().filter(m -> m.action().equals(x.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no entry for " + x.getKey() + " in " + mine.stream().map(AuditEntryDto::action).toList()));
            assertEquals(staffId, e.actorAccountId());
            assertEquals("周敏", e.actorName());
            assertEquals(Role.STAFF, e.actorRole());
            assertNotNull(e.at());
            assertNotNull(e.entity());
            assertEquals(Town.HUZHONG, e.town(), x.getKey());
            if (x.getKey().equals("carer.unlink")) {
                assertNull(e.after(), "removed: nothing after");
                assertTrue(e.before().contains("CHILD"), e.before());
                continue;
            }
            assertNotNull(e.after(), x.getKey());
            JsonParser.parseString(e.after()); // a JSON object
            if (x.getValue()) {
                assertNotNull(e.before(), x.getKey());
                assertNotEquals(e.before(), e.after(), x.getKey() + " before → after shows a change");
            } else {
                assertNull(e.before(), x.getKey() + " created something");
            }
        }
        AuditEntryDto accepted = mine.stream().filter(m -> m.action().equals("request.accepted")).findFirst().orElseThrow();
        assertEquals("{\"status\":\"SUBMITTED\"}", accepted.before());
        assertTrue(accepted.after().startsWith("{\"status\":\"ACCEPTED\""), accepted.after());
        assertEquals(wang, accepted.residentId());
        assertEquals("王秀兰", accepted.residentName());
        AuditEntryDto created = mine.stream().filter(m -> m.action().equals("account.create")).findFirst().orElseThrow();
        assertFalse(created.after().contains("13600009999"), "never a whole phone number");
        assertTrue(created.after().contains("136****9999"), created.after());
    }

    @Test
    void filters_byResidentDateAndPage() {
        Http district = server.as(STAFF_DISTRICT);
        List<AuditEntryDto> aboutWang = entries(district, "?residentId=" + wang + "&size=100");
        assertFalse(aboutWang.isEmpty());
        assertTrue(aboutWang.stream().allMatch(e -> e.residentId() == wang));
        assertTrue(entries(district, "?from=2026-11-19").isEmpty(), "nothing happened after today");
        assertEquals(aboutWang.size(), entries(district, "?residentId=" + wang + "&from=2026-11-18&to=2026-11-18&size=100").size());
        Http.Resp backwards = district.get(ApiPaths.AUDIT + "?from=2026-11-18&to=2026-11-01");
        assertEquals(422, backwards.status());
        assertEquals("dateRange", backwards.problem().errors().get(0).code());
        assertEquals(422, district.get(ApiPaths.AUDIT + "?from=yesterday").status());

        Page<AuditEntryDto> first = district.get(ApiPaths.AUDIT + "?size=3&page=1").as(PAGE);
        Page<AuditEntryDto> second = district.get(ApiPaths.AUDIT + "?size=3&page=2").as(PAGE);
        assertEquals(3, first.items().size());
        assertTrue(first.total() > 20);
        assertTrue(first.items().get(2).id() > second.items().get(0).id(), "newest first, pages do not overlap");

        assertTrue(entries(server.as(STAFF_BISHUI), "?residentId=" + wang).isEmpty(), "town staff see their own town's trail");
    }

    @Test
    void theTrail_isAppendOnly_throughTheApi() {
        Http district = server.as(STAFF_DISTRICT);
        long before = district.get(ApiPaths.AUDIT).<Page<AuditEntryDto>>as(PAGE).total();
        long someId = entries(district, "?size=1").get(0).id();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            Http.Resp r = district.sendUnchecked(method, ApiPaths.AUDIT, method.equals("DELETE") ? null : "{}", Map.of());
            assertTrue(r.status() == 405 || r.status() == 404, method + " " + r);
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
            Http.Resp one = district.sendUnchecked(method, ApiPaths.AUDIT + "/" + someId, method.equals("DELETE") ? null : "{}", Map.of());
            assertTrue(one.status() == 404 || one.status() == 405, method + " one " + one);
        }
        assertEquals(before, district.get(ApiPaths.AUDIT).<Page<AuditEntryDto>>as(PAGE).total());
    }
}

package cn.huzhong.care.server;

import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.AnswerDataCase;
import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.AssignProvider;
import cn.huzhong.care.core.api.AssignVolunteer;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.CreateAccount;
import cn.huzhong.care.core.api.CreateHotlineThread;
import cn.huzhong.care.core.api.CreateTask;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.FileComplaint;
import cn.huzhong.care.core.api.FileDataCase;
import cn.huzhong.care.core.api.HotlineMessageRequest;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.LinkCarer;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.PaymentRequest;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.PublishSlots;
import cn.huzhong.care.core.api.ReasonRequest;
import cn.huzhong.care.core.api.RequestTransition;
import cn.huzhong.care.core.api.ResidentSearch;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.SlotDto;
import cn.huzhong.care.core.api.StaffQueues;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.Relationship;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.Tasks;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static cn.huzhong.care.server.support.TestServer.STAFF_BISHUI;
import static cn.huzhong.care.server.support.TestServer.STAFF_DISTRICT;
import static cn.huzhong.care.server.support.TestServer.STAFF_HUZHONG;
import static cn.huzhong.care.server.support.TestServer.VOLUNTEER;
import static cn.huzhong.care.server.support.TestServer.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Town scoping of every staff endpoint: staff of 碧水镇 neither see nor act on anything of 呼中镇 (lists leave it out,
 * actions answer 404 as if it did not exist, and nothing changes); district staff see every town and filter by one.
 */
class StaffScopingApiTest {
    static TestServer server;
    static Http bishui;
    static long wang;
    static long wangAccount;
    static long request;
    static long application;
    static long thread;
    static long task;
    static long heldTask;
    static long volunteer;
    static long complaint;
    static long dataCase;
    static long provider;
    static long slot;

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
        bishui = server.as(STAFF_BISHUI);
        Http huzhong = server.as(STAFF_HUZHONG);
        wang = Tasks.residentOf(server, WANG);
        wangAccount = server.as(WANG).get(ApiPaths.ME).as(MeResponse.class).account().id();
        request = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang), RequestApiTest.visit("请来看看我家的暖气"))
                .as(ServiceRequestDetail.class).summary().id();
        application = SubsidyApiTest.subsidies(server, WANG, wang).stream().filter(x -> x.kind() == BenefitKind.HOME_MODIFICATION)
                .findFirst().orElseThrow().id();
        thread = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, wang),
                new CreateHotlineThread(HotlineTopic.POLICY, "护理补贴什么时候调整？")).as(HotlineThreadDetail.class).summary().id();
        task = Tasks.create(huzhong, wang, HelpKind.SHOPPING, 1, 9).id();
        heldTask = Tasks.create(huzhong, wang, HelpKind.HOME_VISIT, 2, 9).id();
        assertEquals(200, Tasks.post(server.as(VOLUNTEER), ApiPaths.TASK_ACCEPT, heldTask, null).status());
        complaint = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_TASK_COMPLAINTS, wang, heldTask),
                new FileComplaint("约好的时间改了三次")).as(ComplaintDto.class).id();
        volunteer = VolunteerApiTest.register(server, "孟凡", "13755550000", "snow-2026", List.of(Town.HUZHONG))
                .as(VolunteerDto.class).id();
        dataCase = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_DATA_CASES, wang),
                new FileDataCase(DataCaseKind.CORRECTION, "电话号码换了，请更新")).as(DataCaseDto.class).id();
        List<ProviderDto> providers = huzhong.get(ApiPaths.PROVIDERS).as(new TypeToken<List<ProviderDto>>() { }.getType());
        provider = providers.stream().filter(p -> p.town() == Town.HUZHONG && p.services().contains(ServiceKind.REHABILITATION))
                .findFirst().orElseThrow().id();
        OffsetDateTime start = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
        Http.Resp published = huzhong.post(ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, provider),
                new PublishSlots(ServiceKind.REHABILITATION, start, 30, 2, 1));
        assertEquals(201, published.status(), published::toString);
        slot = published.<List<SlotDto>>as(new TypeToken<List<SlotDto>>() { }.getType()).get(0).id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every row of a list (a page's items or an array) that names a town names 碧水镇. */
    static void assertOnlyBishui(Http.Resp r) {
        assertEquals(200, r.status(), r::toString);
        JsonElement e = r.json();
        Iterable<JsonElement> rows = e.isJsonArray() ? e.getAsJsonArray() : e.getAsJsonObject().getAsJsonArray("items");
        for (JsonElement row : rows) {
            JsonObject o = row.getAsJsonObject();
            if (o.has("town")) {
                assertEquals("BISHUI", o.get("town").getAsString(), o.toString());
            }
            if (o.has("towns")) {
                assertTrue(o.get("towns").toString().contains("BISHUI"), o.toString());
            }
        }
    }

    static void assert404(Http.Resp r) {
        assertEquals(404, r.status(), r::toString);
        assertEquals("not-found", r.problem().typeName());
    }

    @Test
    void lists_leaveOtherTownsOut_evenWhenAskedForThem() {
        for (String path : List.of(ApiPaths.REQUESTS, ApiPaths.SUBSIDIES, ApiPaths.HOTLINE_THREADS, ApiPaths.TASKS,
                ApiPaths.VOLUNTEERS, ApiPaths.COMPLAINTS, ApiPaths.ACCOUNTS, ApiPaths.DATA_CASES, ApiPaths.AUDIT)) {
            assertOnlyBishui(bishui.get(path + "?size=100"));
            Http.Resp asked = bishui.get(path + "?town=HUZHONG");
            assertEquals(200, asked.status(), path);
            assertEquals(0, asked.json().getAsJsonObject().get("total").getAsLong(), path + " ?town=HUZHONG");
        }
        assertOnlyBishui(bishui.get(ApiPaths.RESIDENTS + "?name=%E7%8E%8B"));
        assertOnlyBishui(bishui.post(ApiPaths.RESIDENTS_SEARCH, new ResidentSearch(null, "王")));
        StaffQueues q = bishui.get(ApiPaths.STAFF_QUEUES).as(StaffQueues.class);
        assertEquals(Town.BISHUI, q.town());
        assertEquals(0, bishui.get(ApiPaths.STAFF_QUEUES + "?town=HUZHONG").as(StaffQueues.class).newRequests());
        String indicators = bishui.get(ApiPaths.INDICATORS).body();
        assertFalse(indicators.contains("\"HUZHONG\""), "only 碧水镇 and the district");
        assertTrue(indicators.contains("\"BISHUI\""));
    }

    @Test
    void district_seesEveryTown_andFiltersByOne() {
        Http district = server.as(STAFF_DISTRICT);
        assertTrue(district.get(ApiPaths.TASKS + "?town=HUZHONG").body().contains("\"id\":" + task + ","));
        assertTrue(district.get(ApiPaths.COMPLAINTS).body().contains("\"id\":" + complaint + ","));
        assertTrue(district.get(ApiPaths.VOLUNTEERS + "?status=PENDING").body().contains("\"id\":" + volunteer + ","));
        assertTrue(district.get(ApiPaths.DATA_CASES + "?town=HUZHONG").body().contains("\"id\":" + dataCase + ","));
        assertTrue(district.get(ApiPaths.HOTLINE_THREADS + "?town=HUZHONG").body().contains("\"id\":" + thread + ","));
        assertEquals(0, district.get(ApiPaths.HOTLINE_THREADS + "?town=HONGWEI").json().getAsJsonObject().get("total").getAsLong());
        assertTrue(district.get(ApiPaths.STAFF_QUEUES).as(StaffQueues.class).tasksWithoutVolunteer() >= 1);
        assertTrue(server.as(STAFF_HUZHONG).get(ApiPaths.TASKS).body().contains("\"id\":" + task + ","),
                "and the town's own staff see it: the 碧水镇 answers above are scoping, not emptiness");
    }

    @Test
    void actions_onAnotherTownsRecords_are404_andChangeNothing() {
        Map<String, Object> posts = new java.util.LinkedHashMap<>();
        posts.put(ApiPaths.fill(ApiPaths.REQUEST_TRANSITIONS, request), new RequestTransition(RequestStatus.ACCEPTED, null, null, null));
        posts.put(ApiPaths.fill(ApiPaths.REQUEST_PROVIDER, request), new AssignProvider(provider));
        posts.put(ApiPaths.fill(ApiPaths.SUBSIDY_ADVANCE, application), new NoteRequest(null));
        posts.put(ApiPaths.fill(ApiPaths.SUBSIDY_REJECT, application), new ReasonRequest("不符合条件"));
        posts.put(ApiPaths.fill(ApiPaths.SUBSIDY_SUSPEND, application), new ReasonRequest("暂停"));
        posts.put(ApiPaths.fill(ApiPaths.SUBSIDY_PAYMENTS, application), new PaymentRequest("2026-10", null, null));
        posts.put(ApiPaths.fill(ApiPaths.HOTLINE_REPLIES, thread), new HotlineMessageRequest("您好"));
        posts.put(ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, provider), new PublishSlots(ServiceKind.REHABILITATION,
                OffsetDateTime.of(2026, 12, 2, 8, 0, 0, 0, ZoneOffset.ofHours(8)), 30, 1, 1));
        posts.put(ApiPaths.fill(ApiPaths.SLOT_WITHDRAW, slot), null);
        posts.put(ApiPaths.TASKS, new CreateTask(wang, null, HelpKind.SHOPPING, "帮忙买菜送到家", Tasks.at(1, 9), Tasks.at(1, 10)));
        posts.put(ApiPaths.fill(ApiPaths.TASK_ASSIGN, task), new AssignVolunteer(volunteer));
        posts.put(ApiPaths.fill(ApiPaths.TASK_CANCEL, task), new ReasonRequest("不需要了"));
        posts.put(ApiPaths.fill(ApiPaths.VOLUNTEER_VERIFY, volunteer), null);
        posts.put(ApiPaths.fill(ApiPaths.COMPLAINT_CLOSE, complaint), new NoteRequest("已处理"));
        posts.put(ApiPaths.ACCOUNTS, new CreateAccount(Role.RESIDENT, wang, null, "13600001111", null));
        posts.put(ApiPaths.fill(ApiPaths.ACCOUNT_PASSWORD_RESET, wangAccount), null);
        posts.put(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, wangAccount), new ReasonRequest("测试"));
        posts.put(ApiPaths.fill(ApiPaths.ACCOUNT_REINSTATE, wangAccount), null);
        posts.put(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, volunteer), new ReasonRequest("测试"));
        posts.put(ApiPaths.fill(ApiPaths.RESIDENT_CARERS, wang), new LinkCarer(1L, Relationship.CHILD));
        posts.put(ApiPaths.fill(ApiPaths.DATA_CASE_ANSWER, dataCase), new AnswerDataCase(DataCaseStatus.REFUSED, "不行", null));
        for (Map.Entry<String, Object> p : posts.entrySet()) {
            assert404(bishui.post(p.getKey(), p.getValue()));
        }
        for (String get : List.of(ApiPaths.fill(ApiPaths.RESIDENT, wang), ApiPaths.fill(ApiPaths.CERTIFICATE, wang),
                ApiPaths.fill(ApiPaths.RESIDENT_PERSONAL_DATA, wang), ApiPaths.fill(ApiPaths.RESIDENT_CARERS, wang),
                ApiPaths.fill(ApiPaths.RESIDENT_TASKS, wang), ApiPaths.fill(ApiPaths.TASK, task),
                ApiPaths.fill(ApiPaths.VOLUNTEER, volunteer), ApiPaths.fill(ApiPaths.ACCOUNT, wangAccount),
                ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, provider))) {
            assert404(bishui.get(get));
        }
        assert404(bishui.delete(ApiPaths.fill(ApiPaths.RESIDENT_CARER, wang, 1)));

        // nothing changed
        Http huzhong = server.as(STAFF_HUZHONG);
        assertEquals(RequestStatus.SUBMITTED, server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUEST, wang, request))
                .as(ServiceRequestDetail.class).summary().status());
        assertEquals(TaskStatus.OPEN, huzhong.get(ApiPaths.fill(ApiPaths.TASK, task)).as(TaskDto.class).status());
        assertEquals("FEDERATION_REVIEW", server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDY, wang, application))
                .as(SubsidyDetail.class).summary().step().name());
        assertEquals(200, server.as(WANG).get(ApiPaths.ME).status(), "not suspended");
        assertEquals("ACTIVE", huzhong.get(ApiPaths.fill(ApiPaths.ACCOUNT, wangAccount)).as(AccountSummary.class).status().name());
        assertEquals(0L, (long) server.app.database().read(c -> cn.huzhong.care.server.db.Sql.count(c,
                "SELECT COUNT(*) FROM audit_log WHERE actor_account_id = (SELECT id FROM accounts WHERE phone = ?)", STAFF_BISHUI)),
                "no action was recorded because none happened");
    }

    @Test
    void queueCounts_areWhatEachQueueListsByDefault_forEveryTownAndTheDistrict() {
        for (String phone : List.of(STAFF_HUZHONG, STAFF_BISHUI, TestServer.STAFF_HUYUAN, TestServer.STAFF_HONGWEI, STAFF_DISTRICT)) {
            Http staff = server.as(phone);
            StaffQueues q = staff.get(ApiPaths.STAFF_QUEUES).as(StaffQueues.class);
            assertEquals(total(staff, ApiPaths.REQUESTS + "?status=SUBMITTED"), q.newRequests(), phone);
            assertEquals(total(staff, ApiPaths.REQUESTS) - q.newRequests(), q.openRequests(), phone);
            assertEquals(total(staff, ApiPaths.SUBSIDIES), q.applicationsAtMyStep(), phone);
            assertEquals(total(staff, ApiPaths.HOTLINE_THREADS), q.hotlineThreadsToAnswer(), phone);
            assertEquals(total(staff, ApiPaths.TASKS), q.tasksWithoutVolunteer(), phone);
            assertEquals(total(staff, ApiPaths.VOLUNTEERS + "?status=PENDING"), q.volunteersToVerify(), phone);
            assertEquals(total(staff, ApiPaths.COMPLAINTS), q.complaintsOpen(), phone);
            assertEquals(total(staff, ApiPaths.DATA_CASES), q.personalDataCasesOpen(), phone);
            assertTrue(q.tasksWithoutVolunteer() > 0 && q.volunteersToVerify() > 0, phone + ": the demo gives every town work");
        }
    }

    static long total(Http staff, String path) {
        return staff.get(path).json().getAsJsonObject().get("total").getAsLong();
    }

    @Test
    void nonStaff_areRefusedEveryStaffList() {
        for (String path : List.of(ApiPaths.REQUESTS, ApiPaths.SUBSIDIES, ApiPaths.HOTLINE_THREADS, ApiPaths.TASKS,
                ApiPaths.VOLUNTEERS, ApiPaths.COMPLAINTS, ApiPaths.ACCOUNTS, ApiPaths.DATA_CASES, ApiPaths.AUDIT,
                ApiPaths.STAFF_QUEUES, ApiPaths.INDICATORS)) {
            for (String who : List.of(WANG, VOLUNTEER, TestServer.CARER_ZHANG)) {
                Http.Resp r = server.as(who).get(path);
                assertEquals(403, r.status(), () -> who + " " + path + " " + r);
            }
            assertEquals(401, server.http.get(path).status(), path);
        }
        assertEquals(403, server.as(WANG).post(ApiPaths.TASKS, new CreateTask(wang, null, HelpKind.SHOPPING, "帮忙买菜送到家",
                Tasks.at(1, 9), Tasks.at(1, 10))).status());
        assertEquals(403, server.as(VOLUNTEER).post(ApiPaths.fill(ApiPaths.TASK_ASSIGN, task), new AssignVolunteer(1L)).status());
        assertEquals(404, server.as(VOLUNTEER).post(ApiPaths.fill(ApiPaths.RESIDENT_TASK_COMPLAINTS, wang, heldTask),
                new FileComplaint("志愿者不能替居民投诉")).status(), "volunteers see no one's records");
    }
}

package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.ApplyRequest;
import cn.huzhong.care.core.api.AssignProvider;
import cn.huzhong.care.core.api.AssignVolunteer;
import cn.huzhong.care.core.api.AuditEntryDto;
import cn.huzhong.care.core.api.CompleteTask;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.CreateHotlineThread;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.CreateTask;
import cn.huzhong.care.core.api.FileComplaint;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.RequestEvent;
import cn.huzhong.care.core.api.RequestTransition;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.api.SlotDay;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.ComplaintStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.RequestEventKind;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.Tasks;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static cn.huzhong.care.server.support.TestServer.CARER_ZHANG;
import static cn.huzhong.care.server.support.TestServer.STAFF_DISTRICT;
import static cn.huzhong.care.server.support.TestServer.STAFF_HUZHONG;
import static cn.huzhong.care.server.support.TestServer.VOLUNTEER;
import static cn.huzhong.care.server.support.TestServer.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeing is not acting: staff see a person's records but may not rate, cancel, book or write as the person; a linked
 * carer may. Staff file on a person's behalf only where the spec says (applications, service requests), audited.
 * And tasks made from needs: linked both ways, the timeline says a volunteer will come by first name only.
 */
class SeeAndActApiTest {
    static final java.lang.reflect.Type REQUESTS = new TypeToken<Page<ServiceRequestSummary>>() { }.getType();
    static final java.lang.reflect.Type AUDIT = new TypeToken<Page<AuditEntryDto>>() { }.getType();
    static TestServer server;
    static long wang;
    static long liuYang;

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
        wang = Tasks.residentOf(server, WANG);
        liuYang = SubsidyApiTest.resident(server, CARER_ZHANG, "刘洋");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void assertOnlyThePerson(Http.Resp r) {
        assertEquals(403, r.status(), r::toString);
        assertEquals("forbidden", r.problem().typeName());
        assertTrue(r.problem().detail().contains("本人"), r.problem().detail());
    }

    static long requestOf(String phone, long residentId, ServiceRequestType type, RequestStatus status) {
        Page<ServiceRequestSummary> p = server.as(phone).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, residentId)).as(REQUESTS);
        return p.items().stream().filter(x -> x.type() == type && x.status() == status).findFirst().orElseThrow().id();
    }

    @Test
    void staff_cannotRateOrCancelAsTheResident_aCarerCan() {
        long respite = requestOf(CARER_ZHANG, liuYang, ServiceRequestType.RESPITE_CARE, RequestStatus.COMPLETED);
        String rating = ApiPaths.fill(ApiPaths.REQUEST_RATING, liuYang, respite);
        ServiceRequestDetail seenByStaff = server.as(STAFF_HUZHONG).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUEST, liuYang, respite))
                .as(ServiceRequestDetail.class);
        assertFalse(seenByStaff.canRate(), "staff see the request but are not offered the person's rating");
        assertOnlyThePerson(server.as(STAFF_HUZHONG).post(rating, new RatingRequest(5, "很好")));
        assertOnlyThePerson(server.as(STAFF_DISTRICT).post(rating, new RatingRequest(5, "很好")));
        Http.Resp byCarer = server.as(CARER_ZHANG).post(rating, new RatingRequest(5, "护理员很细心"));
        assertEquals(200, byCarer.status(), byCarer::toString);
        assertEquals(RequestStatus.FOLLOWED_UP, byCarer.as(ServiceRequestDetail.class).summary().status());

        long visit = requestOf(WANG, wang, ServiceRequestType.HOME_VISIT, RequestStatus.PLANNED);
        String cancel = ApiPaths.fill(ApiPaths.REQUEST_CANCEL, wang, visit);
        assertOnlyThePerson(server.as(STAFF_HUZHONG).post(cancel, null));
        assertEquals(RequestStatus.PLANNED, server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUEST, wang, visit))
                .as(ServiceRequestDetail.class).summary().status(), "nothing changed");
        assertTrue(server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUEST, wang, visit)).as(ServiceRequestDetail.class)
                .canCancel(), "the person is offered the cancel");
    }

    @Test
    void staff_cannotBookOrWriteToTheHotlineAsTheResident() {
        List<SlotDay> days = server.as(WANG).get(ApiPaths.SLOTS + "?service=REHABILITATION")
                .as(new TypeToken<List<SlotDay>>() { }.getType());
        long slot = days.get(2).slots().get(0).id();
        assertOnlyThePerson(server.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, wang),
                new CreateBooking(slot, null, null, null)));
        assertOnlyThePerson(server.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, wang),
                new CreateHotlineThread(HotlineTopic.POLICY, "我想问问补贴")));
        assertEquals(201, server.as(CARER_ZHANG).post(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, liuYang),
                new CreateBooking(days.get(3).slots().get(0).id(), null, null, null)).status(), "a carer books for the child");
    }

    @Test
    void staffAndCarerWritesOnBehalf_areAudited_theResidentsOwnAreNot() {
        Http staff = server.as(STAFF_HUZHONG);
        Http.Resp byStaff = staff.post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang),
                CreateServiceRequest.of(ServiceRequestType.OTHER, "电话里说想了解残疾人两项补贴的调整"));
        assertEquals(201, byStaff.status(), "staff record a request asked by phone (一问)");
        long staffRequest = byStaff.as(ServiceRequestDetail.class).summary().id();
        Http.Resp applied = staff.post(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, liuYang),
                new ApplyRequest(BenefitKind.HOME_MODIFICATION, "在镇窗口代为申请"));
        assertEquals(201, applied.status(), "the town window files an application for the person");
        long byCarer = server.as(CARER_ZHANG).post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, liuYang),
                CreateServiceRequest.of(ServiceRequestType.CULTURE, "孩子想参加周末的手工活动")).as(ServiceRequestDetail.class)
                .summary().id();
        long own = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang),
                CreateServiceRequest.of(ServiceRequestType.OTHER, "想问问能不能换个包保联系人")).as(ServiceRequestDetail.class)
                .summary().id();

        List<AuditEntryDto> entries = server.as(STAFF_DISTRICT).get(ApiPaths.AUDIT + "?size=100").<Page<AuditEntryDto>>as(AUDIT).items();
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("request.create") && e.entityId() == staffRequest
                && e.residentId() == wang && e.before() == null && e.after().contains("SUBMITTED")));
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("subsidy.apply") && e.residentId() == liuYang
                && e.after().contains("HOME_MODIFICATION")));
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("request.create") && e.entityId() == byCarer
                && e.actorName().equals("张丽")), "a carer's write on the child's behalf");
        assertTrue(entries.stream().noneMatch(e -> e.entityId() != null && e.entityId() == own
                && e.action().equals("request.create")), "the resident's own request is not an on-behalf write");
    }

    @Test
    void taskFromARequest_linkedBothWays_timelineNamesTheVolunteerByFirstNameOnly() {
        Http staff = server.as(STAFF_HUZHONG);
        long id = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang), RequestApiTest.visit("下雪了，门口出不去"))
                .as(ServiceRequestDetail.class).summary().id();
        assertEquals(200, staff.post(ApiPaths.fill(ApiPaths.REQUEST_TRANSITIONS, id),
                new RequestTransition(RequestStatus.ACCEPTED, "电话问过了", null, null)).status());
        assertEquals(200, staff.post(ApiPaths.fill(ApiPaths.REQUEST_TRANSITIONS, id),
                new RequestTransition(RequestStatus.PLANNED, null, "安排志愿者明天上午清扫门前积雪，之后每次大雪后再来。", null)).status());

        Http.Resp created = staff.post(ApiPaths.TASKS, new CreateTask(null, id, HelpKind.SNOW_CLEARING, "清扫门前和院内积雪，约一小时",
                Tasks.at(1, 9), Tasks.at(1, 11)));
        assertEquals(201, created.status(), created::toString);
        TaskDto task = created.as(TaskDto.class);
        assertEquals(id, task.requestId(), "task → request");
        assertEquals(wang, task.person().residentId());
        long lin = server.as(VOLUNTEER).get(ApiPaths.ME_VOLUNTEER).as(VolunteerDto.class).id();
        Http.Resp assigned = staff.post(ApiPaths.fill(ApiPaths.TASK_ASSIGN, task.id()), new AssignVolunteer(lin));
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals("林志远", assigned.as(TaskDto.class).volunteerName(), "staff see the full name");

        ServiceRequestDetail seen = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUEST, wang, id)).as(ServiceRequestDetail.class);
        assertEquals(List.of(task.id()), seen.tasks().stream().map(t -> t.id()).toList(), "request → task");
        assertEquals("志远", seen.tasks().get(0).volunteerFirstName());
        RequestEvent coming = seen.timeline().get(seen.timeline().size() - 1);
        assertEquals(RequestEventKind.VOLUNTEER_COMING, coming.kind());
        assertEquals("志愿者将上门帮助", coming.title());
        assertEquals("志愿者 志远", coming.by());
        assertTrue(coming.note().contains("11月19日"), coming.note());
        String body = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUEST, wang, id)).body();
        assertFalse(body.contains("林志远"), "never the volunteer's full name to the person");
        TaskDto personView = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_TASKS, wang)).<Page<TaskDto>>as(Tasks.TASK_PAGE)
                .items().stream().filter(t -> t.id() == task.id()).findFirst().orElseThrow();
        assertEquals("志远", personView.volunteerName());
        assertNull(personView.volunteerId());
        assertNull(personView.person(), "the person is not shown their own contact as a 'person to help'");

        // the assigned volunteer does it; the timeline says so; the person rates it (staff may not); complaints go to staff
        Http linHttp = server.as(VOLUNTEER);
        server.clock.advance(Duration.ofHours(22));
        try {
            assertEquals(200, Tasks.post(linHttp, ApiPaths.TASK_CHECK_IN, task.id(), null).status());
            assertEquals(200, Tasks.post(linHttp, ApiPaths.TASK_COMPLETE, task.id(), new CompleteTask("清完了", 1.0)).status());
        } finally {
            server.clock.advance(Duration.ofHours(-22));
        }
        ServiceRequestDetail afterwards = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUEST, wang, id)).as(ServiceRequestDetail.class);
        assertEquals(RequestEventKind.VOLUNTEER_DONE, afterwards.timeline().get(afterwards.timeline().size() - 1).kind());
        String rating = ApiPaths.fill(ApiPaths.RESIDENT_TASK_RATING, wang, task.id());
        assertOnlyThePerson(staff.post(rating, new RatingRequest(5, null)));
        assertEquals(422, server.as(WANG).post(rating, new RatingRequest(6, null)).status());
        Http.Resp rated = server.as(WANG).post(rating, new RatingRequest(4, "来得很及时"));
        assertEquals(200, rated.status(), rated::toString);
        assertEquals(4, rated.as(TaskDto.class).rating());
        Http.Resp again = server.as(WANG).post(rating, new RatingRequest(5, null));
        assertEquals(409, again.status());
        assertEquals("already-rated", again.problem().typeName());

        String complaints = ApiPaths.fill(ApiPaths.RESIDENT_TASK_COMPLAINTS, wang, task.id());
        assertOnlyThePerson(staff.post(complaints, new FileComplaint("试试")));
        Http.Resp filed = server.as(WANG).post(complaints, new FileComplaint("扫雪时把花盆打碎了，也没说一声"));
        assertEquals(201, filed.status(), filed::toString);
        ComplaintDto complaint = filed.as(ComplaintDto.class);
        List<ComplaintDto> queue = staff.get(ApiPaths.COMPLAINTS).<Page<ComplaintDto>>as(new TypeToken<Page<ComplaintDto>>() { }.getType()).items();
        assertTrue(queue.stream().anyMatch(k -> k.id() == complaint.id() && k.volunteerName().equals("林志远")));
        Http.Resp closed = staff.post(ApiPaths.fill(ApiPaths.COMPLAINT_CLOSE, complaint.id()), new NoteRequest("已电话道歉并赔偿花盆"));
        assertEquals(200, closed.status());
        assertEquals(ComplaintStatus.CLOSED, closed.as(ComplaintDto.class).status());
        assertEquals(409, staff.post(ApiPaths.fill(ApiPaths.COMPLAINT_CLOSE, complaint.id()), new NoteRequest("再次")).status());
    }

    @Test
    void assignProvider_toAnOpenRequest_showsInTheTimeline() {
        Http staff = server.as(STAFF_HUZHONG);
        long id = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang), RequestApiTest.visit("想做康复训练"))
                .as(ServiceRequestDetail.class).summary().id();
        List<ProviderDto> providers = staff.get(ApiPaths.PROVIDERS).as(new TypeToken<List<ProviderDto>>() { }.getType());
        ProviderDto centre = providers.stream().filter(p -> p.services().contains(ServiceKind.REHABILITATION)).findFirst().orElseThrow();
        assertEquals(422, staff.post(ApiPaths.fill(ApiPaths.REQUEST_PROVIDER, id), new AssignProvider(999_999L)).status());
        Http.Resp r = staff.post(ApiPaths.fill(ApiPaths.REQUEST_PROVIDER, id), new AssignProvider(centre.id()));
        assertEquals(200, r.status(), r::toString);
        ServiceRequestDetail d = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUEST, wang, id)).as(ServiceRequestDetail.class);
        assertEquals(centre.id(), d.provider().id());
        RequestEvent last = d.timeline().get(d.timeline().size() - 1);
        assertEquals(RequestEventKind.PROVIDER_ASSIGNED, last.kind());
        assertEquals(centre.name(), last.note());
        assertEquals(RequestStatus.SUBMITTED, d.summary().status(), "news, not a status change");
        assertEquals(403, server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_PROVIDER, id), new AssignProvider(centre.id())).status());
        assertEquals(200, server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_CANCEL, wang, id), null).status());
        Http.Resp closed = staff.post(ApiPaths.fill(ApiPaths.REQUEST_PROVIDER, id), new AssignProvider(centre.id()));
        assertEquals(409, closed.status());
        assertEquals("request-closed", closed.problem().typeName());
    }

    @Test
    void taskFromAClosedRequest_orOfAnotherPerson_isRefused() {
        long cancelled = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang), RequestApiTest.visit("想请人上门看看屋顶"))
                .as(ServiceRequestDetail.class).summary().id();
        assertEquals(200, server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_CANCEL, wang, cancelled), null).status());
        Http.Resp closed = server.as(STAFF_HUZHONG).post(ApiPaths.TASKS, new CreateTask(null, cancelled, HelpKind.HOME_VISIT,
                "上门看看老人的情况", Tasks.at(1, 9), Tasks.at(1, 10)));
        assertEquals(409, closed.status());
        long open = server.as(WANG).post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang), RequestApiTest.visit("需要陪同去医院"))
                .as(ServiceRequestDetail.class).summary().id();
        Http.Resp mismatch = server.as(STAFF_HUZHONG).post(ApiPaths.TASKS, new CreateTask(liuYang, open, HelpKind.HOSPITAL_ACCOMPANIMENT,
                "陪同去医院复查", Tasks.at(1, 9), Tasks.at(1, 10)));
        assertEquals(422, mismatch.status());
        assertEquals("requestOfAnotherPerson", mismatch.problem().errors().get(0).code());
        assertEquals(TaskStatus.OPEN, server.as(STAFF_HUZHONG).post(ApiPaths.TASKS, new CreateTask(wang, open,
                HelpKind.HOSPITAL_ACCOMPANIMENT, "陪同去医院复查", Tasks.at(1, 9), Tasks.at(1, 10))).as(TaskDto.class).status());
    }
}

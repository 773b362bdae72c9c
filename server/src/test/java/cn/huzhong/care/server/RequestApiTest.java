package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.CancelRequest;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.RequestTransition;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.api.StaffRequestRow;
import cn.huzhong.care.core.domain.HomeOwnership;
import cn.huzhong.care.core.domain.ModificationItem;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.TimeOfDay;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static cn.huzhong.care.server.support.TestServer.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Service requests (F5): forms per type, the lifecycle, cancellation, rating, authorization. */
class RequestApiTest {
    static final Type PAGE = new TypeToken<Page<ServiceRequestSummary>>() { }.getType();
    static final Type QUEUE = new TypeToken<Page<StaffRequestRow>>() { }.getType();
    static final Type INBOX = new TypeToken<Page<InboxMessage>>() { }.getType();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    static TestServer server;
    static long wang;
    static long liuYang;

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
        wang = SubsidyApiTest.resident(server, WANG, null);
        liuYang = SubsidyApiTest.resident(server, CARER_ZHANG, "刘洋");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static CreateServiceRequest visit(String text) {
        return new CreateServiceRequest(ServiceRequestType.HOME_VISIT, text, TODAY.plusDays(2), TimeOfDay.MORNING, null,
                null, null, null, null, null, null, null, null);
    }

    static ServiceRequestDetail create(String phone, long residentId, CreateServiceRequest req) {
        Http.Resp r = server.as(phone).post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, residentId), req);
        assertEquals(201, r.status(), r::toString);
        return r.as(ServiceRequestDetail.class);
    }

    static Http.Resp move(String staff, long id, RequestStatus to) {
        return server.as(staff).post(ApiPaths.fill(ApiPaths.REQUEST_TRANSITIONS, id),
                new RequestTransition(to, "备注", to == RequestStatus.PLANNED ? "每周二上午上门一次，共四周。" : null,
                        to == RequestStatus.REJECTED ? "不在服务范围内" : null));
    }

    /** A fresh request of 王秀兰 (呼中镇) walked by town staff to {@code status}. */
    static long requestAt(RequestStatus status) {
        long id = create(WANG, wang, visit("需要有人上门看看我的情况。")).summary().id();
        if (status == RequestStatus.CANCELLED) {
            assertEquals(200, server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_CANCEL, wang, id), null).status());
            return id;
        }
        if (status == RequestStatus.REJECTED) {
            assertEquals(200, move(STAFF_HUZHONG, id, RequestStatus.REJECTED).status());
            return id;
        }
        for (RequestStatus s : RequestStatus.PATH.subList(1, RequestStatus.PATH.indexOf(status) + 1)) {
            Http.Resp r = s == RequestStatus.FOLLOWED_UP
                    ? server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_RATING, wang, id), new RatingRequest(4, null))
                    : move(STAFF_HUZHONG, id, s);
            assertEquals(200, r.status(), r::toString);
        }
        return id;
    }

    @Test
    void create_homeVisit_submittedWithTimelineAndInboxMessage() {
        ServiceRequestDetail d = create(WANG, wang, visit("冬天出门不方便，希望有人上门看看。"));
        assertEquals(RequestStatus.SUBMITTED, d.summary().status());
        assertEquals("走访探视", d.summary().typeName());
        assertEquals(1, d.timeline().size());
        assertEquals("本人", d.timeline().get(0).by());
        assertTrue(d.canCancel());
        assertFalse(d.canRate());
        assertEquals(TimeOfDay.MORNING, d.form().timeOfDay());
        assertTrue(d.summary().nextText().contains("2026年11月20日"), d.summary().nextText());
        Page<ServiceRequestSummary> list = server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang)).as(PAGE);
        assertEquals(d.summary().id(), list.items().get(0).id(), "newest first");
        Page<InboxMessage> inbox = server.as(WANG).get(ApiPaths.MESSAGES).as(INBOX);
        assertTrue(inbox.items().stream().anyMatch(m -> m.linkId() != null && m.linkId() == d.summary().id()
                && m.title().equals("已收到服务申请")), inbox.items()::toString);
    }

    @Test
    void create_fieldsTheTypeDoesNotHave_areDropped() {
        CreateServiceRequest withExtras = new CreateServiceRequest(ServiceRequestType.OTHER, "想了解一下助残政策。", TODAY.plusDays(3),
                TimeOfDay.ANY, "139 0000 0001", TODAY.plusDays(3), 3, 2, null, null, null, null, null);
        ServiceRequestDetail d = create(WANG, wang, withExtras);
        assertEquals("13900000001", d.form().contactPhone());
        assertNull(d.form().preferredDate());
        assertNull(d.form().days());
    }

    @Test
    void create_badForms_namedFieldByField() {
        String path = ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang);
        Http h = server.as(WANG);
        Http.Resp respite = h.post(path, CreateServiceRequest.of(ServiceRequestType.RESPITE_CARE, "需要照看孩子几天"));
        assertEquals(422, respite.status());
        assertEquals(List.of("startDate", "days"), respite.problem().errors().stream().map(e -> e.field()).toList());

        CreateServiceRequest tooLong = new CreateServiceRequest(ServiceRequestType.RESPITE_CARE, "需要照看孩子几天", null, null,
                null, TODAY.plusDays(1), 15, null, null, null, null, null, null);
        Http.Resp days = h.post(path, tooLong);
        assertEquals("days", days.problem().errors().get(0).field());
        assertEquals("range", days.problem().errors().get(0).code());

        assertEquals("dateAhead", h.post(path, new CreateServiceRequest(ServiceRequestType.HOME_VISIT, "上门看看我", TODAY,
                null, null, null, null, null, null, null, null, null, null)).problem().errors().get(0).code(), "today is too soon");
        assertEquals("dateAhead", h.post(path, new CreateServiceRequest(ServiceRequestType.HOME_VISIT, "上门看看我", TODAY.plusDays(91),
                null, null, null, null, null, null, null, null, null, null)).problem().errors().get(0).code());
        assertEquals(201, h.post(path, new CreateServiceRequest(ServiceRequestType.HOME_VISIT, "上门看看我", TODAY.plusDays(90),
                null, null, null, null, null, null, null, null, null, null)).status(), "90 days ahead is the last day");
        assertEquals("tooShort", h.post(path, visit("看看")).problem().errors().get(0).code());
        assertEquals("phone", h.post(path, new CreateServiceRequest(ServiceRequestType.LEGAL_AID, "工资被拖欠两个月", null, null,
                "12345", null, null, null, null, null, null, cn.huzhong.care.core.domain.LegalTopic.FAMILY, null))
                .problem().errors().get(0).code());
        Http.Resp mod = h.post(path, new CreateServiceRequest(ServiceRequestType.HOME_MODIFICATION, "卫生间需要改造", null, null,
                null, null, null, null, null, List.of(), HomeOwnership.OWN, null, null));
        assertEquals("modificationItems", mod.problem().errors().get(0).field());
        assertEquals(400, h.post(path, Map.of("type", "MASSAGE", "description", "按摩服务一次")).status());
        assertEquals(422, h.post(path, Map.of("description", "没有类型的申请")).status());
        assertEquals(201, h.post(path, new CreateServiceRequest(ServiceRequestType.HOME_MODIFICATION, "卫生间需要改造", null, null,
                null, null, null, null, null, List.of(ModificationItem.BATHROOM, ModificationItem.BATHROOM), HomeOwnership.RENTED,
                null, null)).status());
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"SUBMITTED", "ACCEPTED", "PLANNED", "IN_SERVICE", "COMPLETED",
            "FOLLOWED_UP", "CANCELLED", "REJECTED"})
    void staffTransitions_everyTargetFromEveryStatus_allowedOrRefused409(RequestStatus from) {
        for (RequestStatus to : RequestStatus.values()) {
            long id = requestAt(from);
            Http.Resp r = move(STAFF_HUZHONG, id, to);
            if (from.staffTargets().contains(to)) {
                assertEquals(200, r.status(), () -> from + " → " + to + ": " + r);
                ServiceRequestDetail d = r.as(ServiceRequestDetail.class);
                assertEquals(to, d.summary().status());
                assertEquals("乡镇办事处", d.timeline().get(d.timeline().size() - 1).by());
            } else {
                assertEquals(409, r.status(), () -> from + " → " + to + " should be refused: " + r);
                assertTrue(r.problem().detail().contains("不能改为"), r.problem().detail());
            }
        }
    }

    @Test
    void staffTransitions_planNeedsAPlan_rejectNeedsAReason() {
        long id = requestAt(RequestStatus.ACCEPTED);
        Http.Resp noPlan = server.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.REQUEST_TRANSITIONS, id),
                new RequestTransition(RequestStatus.PLANNED, null, null, null));
        assertEquals(422, noPlan.status());
        assertEquals("plan", noPlan.problem().errors().get(0).field());
        Http.Resp noReason = server.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.REQUEST_TRANSITIONS, id),
                new RequestTransition(RequestStatus.REJECTED, null, null, ""));
        assertEquals("reason", noReason.problem().errors().get(0).field());
        ServiceRequestDetail planned = move(STAFF_HUZHONG, id, RequestStatus.PLANNED).as(ServiceRequestDetail.class);
        assertEquals("每周二上午上门一次，共四周。", planned.plan(), "the plan is shown to the person");
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void cancel_onlyBeforeServiceStarts(RequestStatus at) {
        long id = requestAt(at);
        Http.Resp r = server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_CANCEL, wang, id), new CancelRequest("不需要了"));
        if (EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, RequestStatus.PLANNED).contains(at)) {
            assertEquals(200, r.status(), r::toString);
            ServiceRequestDetail d = r.as(ServiceRequestDetail.class);
            assertEquals(RequestStatus.CANCELLED, d.summary().status());
            assertEquals("不需要了", d.reason());
            assertFalse(d.canCancel());
        } else {
            assertEquals(409, r.status(), () -> at + ": " + r);
        }
    }

    @Test
    void rating_onlyAfterCompletion_once_oneToFive() {
        long submitted = requestAt(RequestStatus.SUBMITTED);
        assertEquals(409, server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_RATING, wang, submitted), new RatingRequest(5, null)).status());
        long inService = requestAt(RequestStatus.IN_SERVICE);
        assertEquals(409, server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_RATING, wang, inService), new RatingRequest(5, null)).status());

        long done = requestAt(RequestStatus.COMPLETED);
        String path = ApiPaths.fill(ApiPaths.REQUEST_RATING, wang, done);
        for (Integer bad : new Integer[]{0, 6, null}) {
            Http.Resp r = server.as(WANG).post(path, new RatingRequest(bad, null));
            assertEquals(422, r.status(), "rating " + bad);
            assertEquals("rating", r.problem().errors().get(0).field());
        }
        Http.Resp ok = server.as(WANG).post(path, new RatingRequest(1, "来得太晚了"));
        assertEquals(200, ok.status(), ok::toString);
        ServiceRequestDetail d = ok.as(ServiceRequestDetail.class);
        assertEquals(RequestStatus.FOLLOWED_UP, d.summary().status());
        assertEquals(1, d.rating());
        assertEquals("来得太晚了", d.ratingComment());
        assertEquals(409, server.as(WANG).post(path, new RatingRequest(5, null)).status(), "only once");
        long five = requestAt(RequestStatus.COMPLETED);
        assertEquals(200, server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_RATING, wang, five), new RatingRequest(5, null)).status());
    }

    @Test
    void carer_requestsRespiteForLinkedResident_actorAndPersonBothKept() {
        CreateServiceRequest respite = new CreateServiceRequest(ServiceRequestType.RESPITE_CARE, "我要去外地看病三天，孩子需要有人照看。",
                null, null, null, TODAY.plusDays(7), 3, null, null, null, null, null, null);
        ServiceRequestDetail d = create(CARER_ZHANG, liuYang, respite);
        assertEquals("家属代办", d.timeline().get(0).by());
        long carerAccount = server.app.database().read(c -> Sql.one(c, "SELECT id FROM accounts WHERE phone = ?",
                rs -> rs.getLong(1), CARER_ZHANG)).orElseThrow();
        assertEquals(List.of(liuYang, carerAccount), server.app.database().read(c -> Sql.one(c,
                "SELECT resident_id, created_by FROM service_requests WHERE id = ?", rs -> List.of(rs.getLong(1), rs.getLong(2)),
                d.summary().id())).orElseThrow());
        assertEquals(200, server.as(CARER_ZHANG).post(ApiPaths.fill(ApiPaths.REQUEST_CANCEL, liuYang, d.summary().id()), null).status());
    }

    @Test
    void authorization_strangersGet404_residentsCannotMoveRequests() {
        long id = create(CARER_ZHANG, liuYang, visit("孩子最近情绪不好，想请人来看看。")).summary().id();
        assertEquals(404, server.as(CARER_CHEN).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUEST, liuYang, id)).status(), "carer not linked");
        assertEquals(404, server.as(CARER_CHEN).post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, liuYang), visit("我想替他申请走访")).status());
        assertEquals(404, server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_REQUEST, wang, id)).status(), "not 王秀兰's request");
        assertEquals(404, server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_CANCEL, wang, id), null).status());
        assertEquals(404, server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_CANCEL, liuYang, id), null).status());
        assertEquals(403, server.as(WANG).post(ApiPaths.fill(ApiPaths.REQUEST_TRANSITIONS, id),
                new RequestTransition(RequestStatus.ACCEPTED, null, null, null)).status());
        assertEquals(404, move(STAFF_BISHUI, id, RequestStatus.ACCEPTED).status(), "another town's staff");
        assertEquals(200, move(STAFF_DISTRICT, id, RequestStatus.ACCEPTED).status());
    }

    @Test
    void staffQueue_ownTownOpenRequestsOnly() {
        create(WANG, wang, visit("想请人上门检查扶手。"));
        Page<StaffRequestRow> town = server.as(STAFF_HUZHONG).get(ApiPaths.REQUESTS).as(QUEUE);
        assertFalse(town.items().isEmpty());
        assertTrue(town.items().stream().allMatch(r -> r.town() == Town.HUZHONG && r.status().open()));
        Page<StaffRequestRow> bishui = server.as(STAFF_BISHUI).get(ApiPaths.REQUESTS).as(QUEUE);
        assertTrue(bishui.items().stream().allMatch(r -> r.town() == Town.BISHUI));
        Page<StaffRequestRow> done = server.as(STAFF_DISTRICT).get(ApiPaths.REQUESTS + "?status=FOLLOWED_UP").as(QUEUE);
        assertTrue(done.items().stream().allMatch(r -> r.status() == RequestStatus.FOLLOWED_UP));
        assertEquals(403, server.as(WANG).get(ApiPaths.REQUESTS).status());
    }

    @Test
    void create_sameKeyTenTimes_oneRequestSameBody() {
        String path = ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, wang);
        long before = server.app.database().read(c -> Sql.count(c, "SELECT COUNT(*) FROM service_requests WHERE resident_id = ?", wang));
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Http.Resp r = server.as(WANG).post(path, visit("重试十次也只算一次申请。"), Map.of(ApiPaths.HEADER_IDEMPOTENCY_KEY, "visit-retry-1"));
            assertEquals(201, r.status());
            bodies.add(r.body());
        }
        assertEquals(1, bodies.stream().distinct().count());
        assertEquals(before + 1, (long) server.app.database().read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM service_requests WHERE resident_id = ?", wang)));
    }
}

package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.CreateHotlineThread;
import cn.huzhong.care.core.api.HotlineMessageRequest;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.HotlineThreadSummary;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.StaffHotlineRow;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.HotlineStatus;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import static cn.huzhong.care.server.support.TestServer.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 12385 text hotline (F7) and the inbox (F8). */
class TextHotlineAndMessagesApiTest {
    static final Type THREADS = new TypeToken<Page<HotlineThreadSummary>>() { }.getType();
    static final Type QUEUE = new TypeToken<Page<StaffHotlineRow>>() { }.getType();
    static final Type INBOX = new TypeToken<Page<InboxMessage>>() { }.getType();
    TestServer server;
    long zhao;

    @BeforeEach
    void start() {
        server = TestServer.start(true);
        zhao = SubsidyApiTest.resident(server, ZHAO, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void textHotline_writeStaffReplyInInboxWriteAgain() {
        Http.Resp created = server.as(ZHAO).post(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, zhao),
                new CreateHotlineThread(HotlineTopic.REHABILITATION, "我想预约康复，但是听不见电话，能在这里说吗？"));
        assertEquals(201, created.status(), created::toString);
        HotlineThreadDetail t = created.as(HotlineThreadDetail.class);
        assertEquals(HotlineStatus.OPEN, t.summary().status());
        assertEquals("等待回复", t.summary().statusText());
        assertEquals(1, t.messages().size());
        assertFalse(t.messages().get(0).fromDesk());

        Page<StaffHotlineRow> huyuan = server.as(STAFF_HUYUAN).get(ApiPaths.HOTLINE_THREADS).as(QUEUE);
        assertTrue(huyuan.items().stream().anyMatch(r -> r.id() == t.summary().id() && r.residentName().equals("赵小梅")));
        Page<StaffHotlineRow> huzhong = server.as(STAFF_HUZHONG).get(ApiPaths.HOTLINE_THREADS).as(QUEUE);
        assertTrue(huzhong.items().stream().noneMatch(r -> r.id() == t.summary().id()), "another town's desk does not see it");
        assertTrue(huzhong.items().stream().allMatch(r -> r.town() == Town.HUZHONG));

        long unreadBefore = server.as(ZHAO).get(ApiPaths.MESSAGES_UNREAD).as(UnreadCount.class).total();
        String replyPath = ApiPaths.fill(ApiPaths.HOTLINE_REPLIES, t.summary().id());
        assertEquals(404, server.as(STAFF_HUZHONG).post(replyPath, new HotlineMessageRequest("您好")).status());
        assertEquals(403, server.as(ZHAO).post(replyPath, new HotlineMessageRequest("我自己回复")).status());
        Http.Resp reply = server.as(STAFF_HUYUAN).post(replyPath, new HotlineMessageRequest("可以的。请告诉我们您想哪天去，我们帮您预约。"));
        assertEquals(201, reply.status(), reply::toString);
        HotlineThreadDetail answered = reply.as(HotlineThreadDetail.class);
        assertEquals(HotlineStatus.ANSWERED, answered.summary().status());
        assertTrue(answered.messages().get(1).fromDesk());
        assertEquals("12385 服务台", answered.messages().get(1).by());

        assertEquals(unreadBefore + 1, server.as(ZHAO).get(ApiPaths.MESSAGES_UNREAD).as(UnreadCount.class).total());
        Page<InboxMessage> inbox = server.as(ZHAO).get(ApiPaths.MESSAGES + "?unreadOnly=true").as(INBOX);
        InboxMessage m = inbox.items().get(0);
        assertEquals(MessageKind.HOTLINE_REPLY, m.kind());
        assertEquals(t.summary().id(), m.linkId());
        assertTrue(m.body().contains("康复服务") && m.body().contains("可以的"), m.body());
        assertTrue(server.as(CARER_CHEN).get(ApiPaths.MESSAGES).<Page<InboxMessage>>as(INBOX).items().stream()
                .anyMatch(x -> x.kind() == MessageKind.HOTLINE_REPLY && x.linkId() == t.summary().id()), "her carer is told too");

        Http.Resp again = server.as(ZHAO).post(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_MESSAGES, zhao, t.summary().id()),
                new HotlineMessageRequest("下周三上午可以吗？"));
        assertEquals(201, again.status());
        assertEquals(HotlineStatus.OPEN, again.as(HotlineThreadDetail.class).summary().status());
        Page<HotlineThreadSummary> mine = server.as(ZHAO).get(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, zhao)).as(THREADS);
        assertEquals(t.summary().id(), mine.items().get(0).id(), "latest first");
        assertEquals("下周三上午可以吗？", mine.items().get(0).lastMessage());
    }

    @Test
    void textHotline_badInputAndStrangers() {
        String path = ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, zhao);
        assertEquals(422, server.as(ZHAO).post(path, new CreateHotlineThread(HotlineTopic.HELP, "  ")).status());
        assertEquals(422, server.as(ZHAO).post(path, new CreateHotlineThread(null, "有问题")).status());
        assertEquals(400, server.as(ZHAO).post(path, Map.of("topic", "GOSSIP", "message", "hi")).status());
        assertEquals(422, server.as(ZHAO).post(path, new CreateHotlineThread(HotlineTopic.HELP, "长".repeat(2001))).status());
        long thread = server.as(ZHAO).post(path, new CreateHotlineThread(HotlineTopic.HELP, "需要帮助")).as(HotlineThreadDetail.class).summary().id();
        assertEquals(404, server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREAD, zhao, thread)).status());
        long wang = SubsidyApiTest.resident(server, WANG, null);
        assertEquals(404, server.as(WANG).get(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREAD, wang, thread)).status());
        assertEquals(200, server.as(CARER_CHEN).get(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREAD, zhao, thread)).status());
    }

    @Test
    void messages_subsidyStatusChange_reachesPersonAndCarers_withUnreadCountsPerResident() {
        long defu = SubsidyApiTest.resident(server, CARER_ZHANG, "张德福");
        long liuYang = SubsidyApiTest.resident(server, CARER_ZHANG, "刘洋");
        long application = SubsidyApiTest.find(SubsidyApiTest.subsidies(server, CARER_ZHANG, defu), BenefitKind.NURSING_SUBSIDY).id();
        UnreadCount before = server.as(CARER_ZHANG).get(ApiPaths.MESSAGES_UNREAD).as(UnreadCount.class);
        assertEquals(200, server.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.SUBSIDY_ADVANCE, application), new NoteRequest(null)).status());
        UnreadCount after = server.as(CARER_ZHANG).get(ApiPaths.MESSAGES_UNREAD).as(UnreadCount.class);
        assertEquals(before.total() + 1, after.total());
        assertEquals(count(before, defu) + 1, count(after, defu));
        assertEquals(count(before, liuYang), count(after, liuYang));

        Page<InboxMessage> forDefu = server.as(CARER_ZHANG).get(ApiPaths.MESSAGES + "?residentId=" + defu).as(INBOX);
        InboxMessage m = forDefu.items().get(0);
        assertEquals("张德福", m.residentName());
        assertEquals("补贴申请在区残联审核", m.title(), "a status change reads as a sentence for that status");
        assertEquals("重度残疾人护理补贴的申请已通过乡镇初审，现在由区残联审核。", m.body());
        assertFalse(m.read());
        InboxMessage en = server.as(CARER_ZHANG).lang("en").post(ApiPaths.fill(ApiPaths.MESSAGE_READ, m.id()), null).as(InboxMessage.class);
        assertTrue(en.read());
        assertEquals("Application at the federation", en.title());
        assertEquals(count(after, defu) - 1, count(server.as(CARER_ZHANG).get(ApiPaths.MESSAGES_UNREAD).as(UnreadCount.class), defu));

        assertEquals(404, server.as(WANG).post(ApiPaths.fill(ApiPaths.MESSAGE_READ, m.id()), null).status(), "someone else's message");
        UnreadCount none = server.as(CARER_ZHANG).post(ApiPaths.MESSAGES_READ_ALL + "?residentId=" + liuYang, null).as(UnreadCount.class);
        assertEquals(0, count(none, liuYang));
        assertEquals(0, server.as(CARER_ZHANG).post(ApiPaths.MESSAGES_READ_ALL, null).as(UnreadCount.class).total());
        assertEquals(422, server.as(CARER_ZHANG).get(ApiPaths.MESSAGES + "?residentId=abc").status());
    }

    @Test
    void messages_demoInbox_hasEveryKindOfMessage() {
        Page<InboxMessage> zhaoInbox = server.as(ZHAO).get(ApiPaths.MESSAGES + "?size=100").as(INBOX);
        assertTrue(zhaoInbox.items().stream().anyMatch(m -> m.kind() == MessageKind.HOTLINE_REPLY));
        assertTrue(zhaoInbox.items().stream().anyMatch(m -> m.kind() == MessageKind.REQUEST_STATUS));
        server.app.reminders().remind();
        Page<InboxMessage> carer = server.as(CARER_ZHANG).get(ApiPaths.MESSAGES + "?size=100").as(INBOX);
        assertTrue(carer.items().stream().anyMatch(m -> m.kind() == MessageKind.BOOKING_STATUS));
        assertTrue(carer.items().stream().anyMatch(m -> m.kind() == MessageKind.BOOKING_REMINDER), "刘洋's booking is tomorrow");
        for (int i = 1; i < carer.items().size(); i++) {
            assertFalse(carer.items().get(i).at().isAfter(carer.items().get(i - 1).at()), "newest first");
        }
    }

    private static long count(UnreadCount u, long residentId) {
        return u.byResident().stream().filter(r -> r.residentId() == residentId).mapToLong(UnreadCount.ResidentCount::count).sum();
    }
}

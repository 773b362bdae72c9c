package cn.huzhong.care.app.data.remote;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.core.api.BenefitMatchDto;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CancelRequest;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.CreateHotlineThread;
import cn.huzhong.care.core.api.HotlineMessageRequest;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.RescheduleRequest;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.api.SlotDto;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.domain.BookingStatus;
import cn.huzhong.care.core.domain.HotlineStatus;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.embedded.EmbeddedBackend;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's ApiClient against the real server (found as the app finds it, through EmbeddedBackend) with demo data. */
class ApiClientEndToEndTest {
    @TempDir
    static Path dir;
    static EmbeddedBackend.Running server;
    static ApiClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedBackend.find().orElseThrow(() -> new AssertionError("the server module provides the backend"))
                .start(dir, true);
        client = new ApiClient(server::baseUri);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void resident_signsIn_andReadsEverythingTheAppShows() {
        SessionResponse s = client.signIn("13900000001", "demo1234", Lang.ZH);
        assertEquals(Role.RESIDENT, s.account().role());
        MeResponse me = client.me(s.token(), Lang.ZH);
        assertEquals(1, me.actingFor().size());
        long id = me.actingFor().get(0).residentId();
        assertTrue(me.actingFor().get(0).self());

        assertEquals("王秀兰", client.profile(s.token(), id, Lang.ZH).name());
        assertNotNull(client.profile(s.token(), id, Lang.ZH).assignedContact());
        CertificateDto masked = client.certificate(s.token(), id, false, Lang.ZH);
        CertificateDto full = client.certificate(s.token(), id, true, Lang.ZH);
        assertTrue(masked.number().contains("*"));
        assertEquals(20, full.number().length());
        assertTrue(full.revealed());

        List<SubsidySummary> list = client.subsidies(s.token(), id, 1, 100, Lang.ZH).items();
        SubsidySummary paying = list.stream().filter(x -> x.step() == ApplicationStep.PAYING).findFirst().orElseThrow();
        SubsidyDetail d = client.subsidy(s.token(), id, paying.id(), Lang.ZH);
        assertFalse(d.payments().isEmpty());
        assertFalse(d.timeline().isEmpty());
        assertTrue(client.benefitFinder(s.token(), id, Lang.ZH).matches().size() >= 1, "一户多残 is found");
    }

    @Test
    void carer_applies_once_evenWhenTheRequestIsRepeated() {
        SessionResponse s = client.signIn("13900000101", "demo1234", Lang.ZH);
        MeResponse me = client.me(s.token(), Lang.ZH);
        assertTrue(me.actingFor().size() >= 2);
        long liuYang = me.actingFor().get(0).residentId();
        int before = client.subsidies(s.token(), liuYang, 1, 100, Lang.ZH).items().size();
        BenefitMatchDto match = client.benefitFinder(s.token(), liuYang, Lang.ZH).matches().get(0);
        String key = UUID.randomUUID().toString();
        SubsidyDetail first = client.apply(s.token(), liuYang, match.kind(), key, Lang.ZH);
        SubsidyDetail again = client.apply(s.token(), liuYang, match.kind(), key, Lang.ZH);
        assertEquals(first.summary().id(), again.summary().id());
        assertEquals(ApplicationStep.SUBMITTED, first.summary().step());
        assertEquals(before + 1, client.subsidies(s.token(), liuYang, 1, 100, Lang.ZH).items().size());
        ApiFailure.Rejected conflict = assertThrows(ApiFailure.Rejected.class,
                () -> client.apply(s.token(), liuYang, match.kind(), UUID.randomUUID().toString(), Lang.ZH));
        assertEquals(409, conflict.status());
        assertTrue(conflict.userMessage().contains("不需要重复申请"), conflict.userMessage());
    }

    @Test
    void wrongPassword_isUnauthorized_withTheServersWords_inEitherLanguage() {
        ApiFailure.Unauthorized zh = assertThrows(ApiFailure.Unauthorized.class,
                () -> client.signIn("13900000002", "wrong-pass", Lang.ZH));
        assertTrue(zh.userMessage().startsWith("手机号或密码不对"), zh.userMessage());
        ApiFailure.Unauthorized en = assertThrows(ApiFailure.Unauthorized.class,
                () -> client.signIn("13900000002", "wrong-pass", Lang.EN));
        assertFalse(en.userMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                en.userMessage());
    }

    @Test
    void malformedPhone_isInvalid_namingTheField() {
        ApiFailure.Invalid e = assertThrows(ApiFailure.Invalid.class, () -> client.signIn("123", "x", Lang.ZH));
        assertTrue(e.messageFor("phone").orElseThrow().contains("11 位"));
    }

    @Test
    void repeatedWrongPasswords_slowSignInDown_withRetryAfter_neverALongLockOut() {
        ApiFailure last = null;
        for (int i = 0; i < 6 && !(last instanceof ApiFailure.RateLimited); i++) {
            last = assertThrows(ApiFailure.class, () -> client.signIn("13900000004", "wrong-pass", Lang.ZH));
        }
        ApiFailure.RateLimited limited = (ApiFailure.RateLimited) last;
        assertTrue(limited.retryAfterSeconds() >= 1 && limited.retryAfterSeconds() <= 60,
                "a short wait, not a lock-out: " + limited.retryAfterSeconds());
    }

    @Test
    void expiredOrUnknownToken_isUnauthorized() {
        assertThrows(ApiFailure.Unauthorized.class, () -> client.me("no-such-token", Lang.ZH));
    }

    @Test
    void hotlines_needNoSignIn() {
        List<HotlineDto> lines = client.hotlines(Lang.EN);
        assertEquals(List.of("120", "110", "119", "12385"), lines.stream().limit(4).map(h -> h.number()).toList(), "emergency numbers first");
        assertTrue(lines.stream().anyMatch(HotlineDto::emergency));
    }

    @Test
    void signOut_endsTheSession() {
        SessionResponse s = client.signIn("13900000003", "demo1234", Lang.ZH);
        client.signOut(s.token(), Lang.ZH);
        assertThrows(ApiFailure.Unauthorized.class, () -> client.me(s.token(), Lang.ZH));
    }

    // ---- issue 4 ----

    @Test
    void carer_ratesACompletedService_once_andCancelsAnOpenRequest() {
        SessionResponse s = client.signIn("13900000101", "demo1234", Lang.ZH);
        MeResponse me = client.me(s.token(), Lang.ZH);
        long liuYang = me.actingFor().get(0).residentId();
        long zhangDeFu = me.actingFor().get(1).residentId();

        ServiceRequestSummary respite = client.requests(s.token(), liuYang, 1, 100, Lang.ZH).items().stream()
                .filter(r -> r.status() == RequestStatus.COMPLETED).findFirst().orElseThrow();
        assertTrue(client.request(s.token(), liuYang, respite.id(), Lang.ZH).canRate());
        String key = UUID.randomUUID().toString();
        ServiceRequestDetail rated = client.rateRequest(s.token(), liuYang, respite.id(), new RatingRequest(5, "护理员很耐心"),
                key, Lang.ZH);
        assertEquals(RequestStatus.FOLLOWED_UP, rated.summary().status());
        assertEquals(5, rated.rating());
        assertEquals(rated, client.rateRequest(s.token(), liuYang, respite.id(), new RatingRequest(5, "护理员很耐心"), key,
                Lang.ZH), "the same key answers the same");
        ApiFailure.Rejected twice = assertThrows(ApiFailure.Rejected.class, () -> client.rateRequest(s.token(), liuYang,
                respite.id(), new RatingRequest(4, null), UUID.randomUUID().toString(), Lang.ZH));
        assertEquals(409, twice.status());

        ServiceRequestSummary dayCare = client.requests(s.token(), zhangDeFu, 1, 100, Lang.ZH).items().get(0);
        ServiceRequestDetail cancelled = client.cancelRequest(s.token(), zhangDeFu, dayCare.id(), new CancelRequest("家里有人照顾了"),
                UUID.randomUUID().toString(), Lang.ZH);
        assertEquals(RequestStatus.CANCELLED, cancelled.summary().status());
        assertFalse(cancelled.canCancel());
    }

    @Test
    void booking_book_replay_reschedule_cancel() {
        SessionResponse s = client.signIn("13900000001", "demo1234", Lang.ZH);
        long wang = client.me(s.token(), Lang.ZH).actingFor().get(0).residentId();
        ProviderDto hospital = client.providers(s.token(), ServiceKind.REHABILITATION, Lang.ZH).stream()
                .filter(p -> p.name().contains("医院")).findFirst().orElseThrow();
        List<SlotDto> free = client.slots(s.token(), ServiceKind.REHABILITATION, hospital.id(),
                java.time.LocalDate.now(cn.huzhong.care.core.time.Dates.ZONE).plusDays(7), 7, Lang.ZH).stream()
                .flatMap(d -> d.slots().stream()).toList();
        String key = UUID.randomUUID().toString();
        BookingDto booked = client.book(s.token(), wang, new CreateBooking(free.get(0).id(), null, null, "第一次来"), key, Lang.ZH);
        assertEquals(booked.id(), client.book(s.token(), wang, new CreateBooking(free.get(0).id(), null, null, "第一次来"), key,
                Lang.ZH).id(), "a replay books nothing new");
        assertTrue(booked.canCancel());
        BookingDto moved = client.reschedule(s.token(), wang, booked.id(), new RescheduleRequest(free.get(1).id()),
                UUID.randomUUID().toString(), Lang.ZH);
        assertEquals(free.get(1).startsAt().toInstant(), moved.startsAt().toInstant());
        BookingDto cancelled = client.cancelBooking(s.token(), wang, booked.id(), UUID.randomUUID().toString(), Lang.ZH);
        assertEquals(BookingStatus.CANCELLED, cancelled.status());
        assertTrue(client.bookings(s.token(), wang, true, 1, 100, Lang.ZH).items().stream()
                .anyMatch(b -> b.id() == booked.id()), "among the past and cancelled ones");
    }

    @Test
    void textHotline_andInbox() {
        SessionResponse s = client.signIn("13900000003", "demo1234", Lang.ZH);
        long zhao = client.me(s.token(), Lang.ZH).actingFor().get(0).residentId();
        int threads = client.hotlineThreads(s.token(), zhao, 1, 100, Lang.ZH).items().size();
        HotlineThreadDetail made = client.createHotlineThread(s.token(), zhao,
                new CreateHotlineThread(HotlineTopic.EDUCATION, "孩子上学的事想问问。"), UUID.randomUUID().toString(), Lang.ZH);
        assertEquals(HotlineStatus.OPEN, made.summary().status());
        HotlineThreadDetail again = client.writeHotline(s.token(), zhao, made.summary().id(),
                new HotlineMessageRequest("还有一个问题。"), UUID.randomUUID().toString(), Lang.ZH);
        assertEquals(2, again.messages().size());
        assertEquals(again, client.hotlineThread(s.token(), zhao, made.summary().id(), Lang.ZH));
        assertEquals(threads + 1, client.hotlineThreads(s.token(), zhao, 1, 100, Lang.ZH).items().size());

        UnreadCount unread = client.unreadCount(s.token(), Lang.ZH);
        assertTrue(unread.total() > 0);
        InboxMessage newest = client.messages(s.token(), zhao, true, 1, 20, Lang.ZH).items().get(0);
        assertTrue(client.markRead(s.token(), newest.id(), Lang.ZH).read());
        assertEquals(unread.total() - 1, client.unreadCount(s.token(), Lang.ZH).total());
        assertEquals(0, client.markAllRead(s.token(), zhao, Lang.ZH).total());
        assertTrue(client.messages(s.token(), zhao, true, 1, 20, Lang.ZH).items().isEmpty());
    }
}

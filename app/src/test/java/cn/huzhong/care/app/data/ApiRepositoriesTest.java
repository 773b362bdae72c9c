package cn.huzhong.care.app.data;

import cn.huzhong.care.app.data.local.JsonCache;
import cn.huzhong.care.app.platform.InMemoryStorage;
import cn.huzhong.care.core.api.AccountDto;
import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repositories over a fake API and in-memory storage: offline first (the device's copy, then the server's),
 * keys that keep one language, person and account apart, lists read page by page into the device's copy, write
 * answers kept where the reads find them, expired sessions and sign-out.
 */
class ApiRepositoriesTest {
    final FakeApi api = new FakeApi();
    final InMemoryStorage storage = new InMemoryStorage();
    final Instant t0 = Instant.parse("2026-11-28T02:00:00Z");
    final MutableClock clock = new MutableClock(t0);
    final SyncStatus sync = new SyncStatus(storage);
    final DataSource data = new DataSource(Runnable::run, new JsonCache(storage), sync, clock, DataSource.Patience.NEVER);
    final StoredSessionRepository sessions = new StoredSessionRepository(api, storage, data, () -> Lang.ZH);
    volatile Lang lang = Lang.ZH;
    final ApiRepositories repos = new ApiRepositories(api, data, sessions, () -> lang);
    final ServiceRepositories services = new ServiceRepositories(api, data, sessions, () -> lang);

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private void signedIn() {
        sessions.signIn("13900000001", "demo1234").join();
    }

    static <T> Optional<Loaded<T>> cached(Reading<T> r) {
        assertTrue(r.cached().isDone(), "the device's copy is there at once");
        return r.cached().join();
    }

    static final List<SubsidySummary> LIVING = List.of(
            Fixtures.summary(3, BenefitKind.LIVING_SUBSIDY, "困难残疾人生活补贴", ApplicationStep.PAYING));

    // ---- offline first ----

    @Test
    void firstRead_hasNothingOnTheDevice_thenTheServersAnswer_isKeptUnderTheAccountPersonAndLanguage() {
        signedIn();
        api.subsidies = LIVING;
        Reading<List<SubsidySummary>> r = repos.subsidies();
        assertTrue(cached(r).isEmpty());
        Loaded<List<SubsidySummary>> fresh = r.fresh().join();
        assertFalse(fresh.fromCache());
        assertEquals(t0, fresh.savedAt());
        assertTrue(storage.read("cache-a1-p7-subsidies-zh.json").isPresent(), storage.files().keySet().toString());
        assertTrue(sync.state().online());
        assertEquals(t0, sync.state().lastSync());
    }

    @Test
    void nextRead_answersTheDevicesCopyAtOnce_withItsAge_andRefreshesIt() {
        signedIn();
        api.subsidies = LIVING;
        repos.subsidies().fresh().join();
        clock.now = t0.plusSeconds(3600);
        api.subsidies = List.of();
        Reading<List<SubsidySummary>> r = repos.subsidies();
        Loaded<List<SubsidySummary>> copy = cached(r).orElseThrow();
        assertTrue(copy.fromCache());
        assertEquals(t0, copy.savedAt());
        assertEquals(LIVING, copy.value());
        Loaded<List<SubsidySummary>> fresh = r.fresh().join();
        assertEquals(List.of(), fresh.value());
        assertEquals(t0.plusSeconds(3600), fresh.savedAt());
        assertEquals(List.of(), cached(repos.subsidies()).orElseThrow().value(), "the refresh replaced the copy");
    }

    @Test
    void afterARestart_theCopyComesFromTheDevice_notFromMemory() {
        signedIn();
        api.subsidies = LIVING;
        repos.subsidies().fresh().join();
        DataSource restarted = new DataSource(Runnable::run, new JsonCache(storage), sync, clock, DataSource.Patience.NEVER);
        ApiRepositories again = new ApiRepositories(api, restarted, sessions, () -> lang);
        api.failure = Fixtures.offline();
        Reading<List<SubsidySummary>> r = again.subsidies();
        assertEquals(LIVING, r.cached().join().orElseThrow().value());
        assertInstanceOf(ApiFailure.Unreachable.class, DataSource.cause(assertThrows(CompletionException.class,
                () -> r.fresh().join())));
    }

    @Test
    void pagedCopies_readBackFromTheDevice_asTheyWereKept() {
        signedIn();
        api.inbox = inboxOf(25);
        services.messages().fresh().join();
        services.moreMessages().join();
        services.bookings().fresh().join();
        DataSource restarted = new DataSource(Runnable::run, new JsonCache(storage), sync, clock, DataSource.Patience.NEVER);
        ServiceRepositories again = new ServiceRepositories(api, restarted, sessions, () -> lang);
        Paged<InboxMessage> inbox = again.messages().cached().join().orElseThrow().value();
        assertEquals(25, inbox.items().size());
        assertEquals(2, inbox.pages());
        assertFalse(inbox.more());
        assertEquals(ids(cached(services.messages()).orElseThrow().value()), ids(inbox));
        BookingRepository.Lists lists = again.bookings().cached().join().orElseThrow().value();
        assertEquals(1, lists.past().pages());
        assertFalse(lists.past().more());
    }

    @Test
    void offline_theCopyStands_marked_andLatestAnswersIt() {
        signedIn();
        api.subsidies = LIVING;
        repos.subsidies().fresh().join();
        clock.now = t0.plusSeconds(3600);
        api.failure = Fixtures.offline();
        Reading<List<SubsidySummary>> r = repos.subsidies();
        assertEquals(LIVING, cached(r).orElseThrow().value());
        assertThrows(CompletionException.class, () -> r.fresh().join());
        Loaded<List<SubsidySummary>> latest = repos.subsidies().latest().join();
        assertTrue(latest.fromCache());
        assertEquals(t0, latest.savedAt());
        assertFalse(sync.state().online());
        assertEquals(t0, sync.state().lastSync(), "the last sync is still the last one that worked");
    }

    @Test
    void offline_withNothingSaved_fails() {
        signedIn();
        api.failure = Fixtures.offline();
        Reading<?> r = repos.certificate();
        assertTrue(cached(r).isEmpty());
        CompletionException e = assertThrows(CompletionException.class, () -> r.fresh().join());
        assertInstanceOf(ApiFailure.Unreachable.class, e.getCause());
    }

    @Test
    void revealedNumber_isNeverCached() {
        signedIn();
        repos.certificate().fresh().join();
        assertTrue(repos.revealCertificate().join().revealed());
        String saved = storage.read("cache-a1-p7-certificate-zh.json").orElseThrow();
        assertTrue(saved.contains("\\u002a") || saved.contains("*"), saved);
        assertFalse(saved.contains("23276419630512001141"));
        assertFalse(cached(repos.certificate()).orElseThrow().value().revealed());
    }

    @Test
    void damagedCacheEntry_readsAsMissing() {
        signedIn();
        storage.write("cache-a1-p7-profile-zh.json", "{broken");
        api.failure = Fixtures.offline();
        Reading<?> r = repos.profile();
        assertTrue(r.cached().join().isEmpty());
        assertThrows(CompletionException.class, () -> r.fresh().join());
    }

    // ---- keys: language, person, account ----

    @Test
    void aCopyInOneLanguage_neverStandsInForTheOther() {
        signedIn();
        api.subsidies = LIVING;
        repos.subsidies().fresh().join();
        lang = Lang.EN;
        api.failure = Fixtures.offline();
        assertTrue(cached(repos.subsidies()).isEmpty(), "the server wrote those texts in Chinese");
        api.failure = null;
        repos.subsidies().fresh().join();
        assertTrue(api.calls.contains("subsidies 7 EN"), api.calls.toString());
        assertTrue(storage.read("cache-a1-p7-subsidies-en.json").isPresent());
        lang = Lang.ZH;
        assertTrue(cached(repos.subsidies()).isPresent(), "each language keeps its own copy");
    }

    @Test
    void aCarersCopyForOnePerson_neverStandsInForAnother() {
        FakeRepositories.Sessions carer = new FakeRepositories.Sessions(Fixtures.carerSession());
        ServiceRepositories forCarer = new ServiceRepositories(api, data, carer, () -> lang);
        api.inbox = List.of(Fixtures.message(1, MessageKind.REQUEST_STATUS, 5L, false));
        forCarer.messages().fresh().join();
        assertTrue(storage.read("cache-a5-p11-inbox-zh.json").isPresent(), storage.files().keySet().toString());
        carer.actFor(12);
        api.failure = Fixtures.offline();
        assertTrue(cached(forCarer.messages()).isEmpty(), "张德福's inbox is not 刘洋's");
        carer.actFor(11);
        assertEquals(1, cached(forCarer.messages()).orElseThrow().value().items().size());
    }

    @Test
    void twoAccountsActingForOnePerson_keepTheirOwnCopies() {
        Session zhangLi = Fixtures.carerSession();
        Session other = Session.start("token-other", new AccountDto(6, Role.CARER, "刘强", "139****0109", Town.HUZHONG,
                null, AccountStatus.ACTIVE), zhangLi.actingFor());
        FakeRepositories.Sessions onThePhone = new FakeRepositories.Sessions(zhangLi);
        ServiceRepositories repos = new ServiceRepositories(api, data, onThePhone, () -> lang);
        api.unread = new UnreadCount(2, List.of(new UnreadCount.ResidentCount(11, 2)));
        repos.unread().fresh().join();
        repos.messages().fresh().join();
        onThePhone.signIn.then(other);
        onThePhone.signIn("x", "y").join();
        assertTrue(cached(repos.unread()).isEmpty());
        assertTrue(cached(repos.messages()).isEmpty(), "the same person, another account: not its copy");
    }

    @Test
    void sharedData_isKeptByLanguageOnly() {
        repos.hotlines().fresh().join();
        assertTrue(storage.read("cache-hotlines-zh.json").isPresent(), storage.files().keySet().toString());
    }

    // ---- sessions ----

    @Test
    void expiredSession_isForgotten_withTheCache() {
        signedIn();
        repos.profile().fresh().join();
        api.failure = new ApiFailure.Unauthorized(Fixtures.problem(401, "请先登录", "登录已失效"));
        assertThrows(CompletionException.class, () -> repos.profile().fresh().join());
        assertTrue(sessions.current().isEmpty());
        assertTrue(storage.read("session.json").isEmpty());
        assertTrue(storage.files().keySet().stream().noneMatch(k -> k.startsWith("cache-")));
    }

    @Test
    void session_isKeptOnTheDevice_acrossARestart() {
        signedIn();
        StoredSessionRepository again = new StoredSessionRepository(api, storage, data, () -> Lang.ZH);
        assertEquals(7L, again.current().orElseThrow().subjectId());
        assertEquals("token-wang", again.current().orElseThrow().token());
    }

    @Test
    void signOut_offline_stillForgetsEverythingHere_inMemoryToo() {
        signedIn();
        repos.profile().fresh().join();
        api.failure = Fixtures.offline();
        sessions.signOut().join();
        assertTrue(sessions.current().isEmpty());
        assertTrue(storage.files().keySet().stream().noneMatch(k -> k.startsWith("cache-") || k.equals("session.json")));
        assertNull(sync.state().lastSync());
        api.failure = null;
        signedIn();
        api.failure = Fixtures.offline();
        assertTrue(cached(repos.profile()).isEmpty(), "nothing of before is shown, not even from memory");
    }

    @Test
    void anAnswerArrivingAfterSignOut_isNotKeptOnTheDevice() {
        signedIn();
        // the server answers while the person signs out (the sign-out happens during the call)
        Api slowAnswer = new ForwardingApi(api) {
            @Override
            public cn.huzhong.care.core.api.ResidentProfile profile(String t, long r, Lang l) {
                sessions.signOut().join();
                return super.profile(t, r, l);
            }
        };
        ApiRepositories racing = new ApiRepositories(slowAnswer, data, sessions, () -> lang);
        racing.profile().fresh().join();
        assertTrue(storage.files().keySet().stream().noneMatch(k -> k.startsWith("cache-")),
                "left on the device for the next person: " + storage.files().keySet());
    }

    // ---- hotlines ----

    @Test
    void hotlines_offlineOnFirstStart_theDirectoryBuiltIntoTheApp_isTheDevicesCopy() {
        api.failure = Fixtures.offline();
        Reading<List<HotlineDto>> r = repos.hotlines();
        Loaded<List<HotlineDto>> l = r.cached().join().orElseThrow();
        assertTrue(l.fromCache());
        assertNull(l.savedAt(), "built in, not saved");
        assertEquals(List.of("120", "110", "119", "12385"), l.value().stream().limit(4).map(h -> h.number()).toList(),
                "emergency numbers first");
        assertTrue(l.value().get(3).name().contains("残疾人服务热线"));
        assertThrows(CompletionException.class, () -> r.fresh().join());
    }

    @Test
    void hotlines_online_comeFromTheServer() {
        assertEquals("服务器上的 12385", repos.hotlines().fresh().join().value().get(0).name());
        assertEquals("服务器上的 12385", cached(repos.hotlines()).orElseThrow().value().get(0).name());
    }

    // ---- writes ----

    @Test
    void apply_passesTheIdempotencyKey_andForgetsTheCopiesItMakesStale() {
        signedIn();
        repos.benefitFinder().fresh().join();
        repos.subsidies().fresh().join();
        repos.apply(BenefitKind.NURSING_SUBSIDY, "key-9").join();
        assertTrue(api.calls.contains("apply NURSING_SUBSIDY key-9"));
        assertTrue(cached(repos.benefitFinder()).isEmpty(), "the finder would still offer what was just applied for");
        assertTrue(cached(repos.subsidies()).isEmpty());
    }

    @Test
    void markRead_changesTheCopiesOfTheInboxAndTheCount() {
        signedIn();
        api.inbox = List.of(Fixtures.message(8, MessageKind.REQUEST_STATUS, 5L, false),
                Fixtures.message(7, MessageKind.REQUEST_STATUS, 5L, false));
        api.unread = new UnreadCount(2, List.of(new UnreadCount.ResidentCount(7, 2)));
        services.messages().fresh().join();
        services.unread().fresh().join();
        services.markRead(8).join();
        Paged<InboxMessage> inbox = cached(services.messages()).orElseThrow().value();
        assertTrue(inbox.items().get(0).read());
        assertFalse(inbox.items().get(1).read());
        assertEquals(1, cached(services.unread()).orElseThrow().value().total());
        services.markRead(8).join();
        assertEquals(1, cached(services.unread()).orElseThrow().value().total(), "read already: not counted twice");
    }

    @Test
    void cancellingARequest_putsTheAnswerInTheCopiesOfItAndOfTheList() {
        signedIn();
        api.createRequest("token-wang", 7, cn.huzhong.care.core.api.CreateServiceRequest.of(
                cn.huzhong.care.core.domain.ServiceRequestType.HOME_VISIT, "冬天出门不方便，请上门看看。"), "made", Lang.ZH);
        services.requests().fresh().join();
        long id = cached(services.requests()).orElseThrow().value().items().get(0).id();
        services.cancel(id, "不需要了", "k").join();
        assertEquals(cn.huzhong.care.core.domain.RequestStatus.CANCELLED,
                cached(services.request(id)).orElseThrow().value().summary().status());
        assertEquals(cn.huzhong.care.core.domain.RequestStatus.CANCELLED,
                cached(services.requests()).orElseThrow().value().items().get(0).status());
    }

    // ---- pages ----

    static List<InboxMessage> inboxOf(int n) {
        // newest first: ids n, n-1, … 1
        return IntStream.range(0, n).mapToObj(i -> Fixtures.message(n - i, MessageKind.REQUEST_STATUS, 5L, true)).toList();
    }

    static List<Long> ids(Paged<InboxMessage> p) {
        return p.items().stream().map(InboxMessage::id).toList();
    }

    @Test
    void inbox_isReadAPageAtATime_notCappedAtFifty() {
        signedIn();
        api.inbox = inboxOf(55);
        Paged<InboxMessage> first = services.messages().fresh().join().value();
        assertEquals(Paged.PAGE_SIZE, first.items().size());
        assertTrue(first.more());
        assertTrue(api.calls.contains("messages 7 page 1 size 20 ZH"), api.calls.toString());
        Paged<InboxMessage> two = services.moreMessages().join().value();
        Paged<InboxMessage> three = services.moreMessages().join().value();
        assertEquals(55, three.items().size(), "all 55, none twice");
        assertEquals(55L, ids(three).get(0));
        assertEquals(1L, ids(three).get(54));
        assertEquals(3, three.pages());
        assertFalse(three.more());
        assertEquals(40, two.items().size());
        assertEquals(three, cached(services.messages()).orElseThrow().value(), "the pages are merged into the device's copy");
    }

    @Test
    void aRefresh_asksForEveryPageReadSoFar_inOneRequest_soTheListDoesNotShrink() {
        signedIn();
        api.inbox = inboxOf(45);
        services.messages().fresh().join();
        services.moreMessages().join();
        api.calls.clear();
        Reading<Paged<InboxMessage>> again = services.messages();
        assertEquals(40, cached(again).orElseThrow().value().items().size(), "the copy opens as long as it was left");
        Paged<InboxMessage> refreshed = again.fresh().join().value();
        assertEquals(List.of("messages 7 page 1 size 40 ZH"), api.calls);
        assertEquals(40, refreshed.items().size());
        assertEquals(2, refreshed.pages());
        assertTrue(refreshed.more());
    }

    @Test
    void aPageAfterNewMessagesArrived_repeatsNone() {
        signedIn();
        api.inbox = inboxOf(30);
        services.messages().fresh().join();
        // three new messages arrive at the top: the server's page 2 now starts with three already shown
        api.inbox = inboxOf(33);
        Paged<InboxMessage> merged = services.moreMessages().join().value();
        assertEquals(30, merged.items().size(), "20 shown, then 13 of which 3 were shown already");
        assertEquals(merged.items().size(), ids(merged).stream().distinct().count());
        assertEquals(30L, ids(merged).get(0), "the new ones come with the next refresh, at the top");
    }

    @Test
    void aPageThatNoLongerFollowsOn_isNotMergedIn() {
        signedIn();
        api.inbox = inboxOf(50);
        services.messages().fresh().join();
        services.moreMessages().join();
        // between asking for page 3 and its answer, a refresh from elsewhere left one page on the device
        Api refreshingMeanwhile = new ForwardingApi(api) {
            @Override
            public Page<InboxMessage> messages(String t, Long r, boolean u, int page, int size, Lang l) {
                Page<InboxMessage> answer = super.messages(t, r, u, page, size, l);
                if (page == 3) {
                    data.cache().put(SignedIn.key(sessions.current().orElseThrow(), "inbox", Lang.ZH),
                            new Paged<>(inboxOf(50).subList(0, 20), 1, true), t0);
                }
                return answer;
            }
        };
        ServiceRepositories racing = new ServiceRepositories(refreshingMeanwhile, data, sessions, () -> lang);
        Paged<InboxMessage> answered = racing.moreMessages().join().value();
        assertEquals(20, answered.items().size(), "page 3 does not follow page 1: the copy is answered as it is");
        assertEquals(1, answered.pages());
    }
}

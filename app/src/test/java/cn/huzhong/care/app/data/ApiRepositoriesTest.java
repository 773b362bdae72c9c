package cn.huzhong.care.app.data;

import cn.huzhong.care.app.data.local.JsonCache;
import cn.huzhong.care.app.platform.InMemoryStorage;
import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repositories over a fake API and in-memory storage: freshness, the offline cache, expired sessions. */
class ApiRepositoriesTest {
    final FakeApi api = new FakeApi();
    final InMemoryStorage storage = new InMemoryStorage();
    final Instant t0 = Instant.parse("2026-11-28T02:00:00Z");
    final MutableClock clock = new MutableClock(t0);
    final SyncStatus sync = new SyncStatus(storage);
    final DataSource data = new DataSource(Runnable::run, new JsonCache(storage), sync, clock);
    final StoredSessionRepository sessions = new StoredSessionRepository(api, storage, data, () -> Lang.ZH);
    final ApiRepositories repos = new ApiRepositories(api, data, sessions, () -> Lang.ZH);

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

    @Test
    void online_answersFresh_andKeepsACopy() {
        signedIn();
        api.subsidies = List.of(Fixtures.summary(3, BenefitKind.LIVING_SUBSIDY, "困难残疾人生活补贴", ApplicationStep.PAYING));
        Loaded<List<SubsidySummary>> l = repos.subsidies().join();
        assertFalse(l.fromCache());
        assertEquals(t0, l.savedAt());
        assertTrue(storage.read("cache-7-subsidies.json").isPresent());
        assertTrue(sync.state().online());
        assertEquals(t0, sync.state().lastSync());
    }

    @Test
    void offline_answersTheCopy_markedWithWhenItWasSaved() {
        signedIn();
        api.subsidies = List.of(Fixtures.summary(3, BenefitKind.LIVING_SUBSIDY, "困难残疾人生活补贴", ApplicationStep.PAYING));
        repos.subsidies().join();
        clock.now = t0.plusSeconds(3600);
        api.failure = Fixtures.offline();
        Loaded<List<SubsidySummary>> l = repos.subsidies().join();
        assertTrue(l.fromCache());
        assertEquals(t0, l.savedAt());
        assertEquals(api.subsidies, l.value());
        assertFalse(sync.state().online());
        assertEquals(t0, sync.state().lastSync(), "the last sync is still the last one that worked");
    }

    @Test
    void offline_withNothingSaved_fails() {
        signedIn();
        api.failure = Fixtures.offline();
        CompletionException e = assertThrows(CompletionException.class, () -> repos.certificate().join());
        assertInstanceOf(ApiFailure.Unreachable.class, e.getCause());
    }

    @Test
    void revealedNumber_isNeverCached() {
        signedIn();
        repos.certificate().join();
        assertTrue(repos.revealCertificate().join().revealed());
        String saved = storage.read("cache-7-certificate.json").orElseThrow();
        assertTrue(saved.contains("\\u002a") || saved.contains("*"), saved);
        assertFalse(saved.contains("23276419630512001141"));
    }

    @Test
    void expiredSession_isForgotten_withTheCache() {
        signedIn();
        repos.profile().join();
        api.failure = new ApiFailure.Unauthorized(Fixtures.problem(401, "请先登录", "登录已失效"));
        assertThrows(CompletionException.class, () -> repos.profile().join());
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
    void signOut_offline_stillForgetsEverythingHere() {
        signedIn();
        repos.profile().join();
        api.failure = Fixtures.offline();
        sessions.signOut().join();
        assertTrue(sessions.current().isEmpty());
        assertTrue(storage.files().keySet().stream().noneMatch(k -> k.startsWith("cache-") || k.equals("session.json")));
        assertNull(sync.state().lastSync());
    }

    @Test
    void hotlines_offlineOnFirstStart_useTheDirectoryBuiltIntoTheApp() {
        api.failure = Fixtures.offline();
        Loaded<List<HotlineDto>> l = repos.hotlines().join();
        assertTrue(l.fromCache());
        assertNull(l.savedAt(), "built in, not saved");
        assertEquals(List.of("120", "110", "119", "12385"), l.value().stream().limit(4).map(h -> h.number()).toList(), "emergency numbers first");
        assertTrue(l.value().get(3).name().contains("残疾人服务热线"));
    }

    @Test
    void hotlines_online_comeFromTheServer() {
        assertEquals("服务器上的 12385", repos.hotlines().join().value().get(0).name());
    }

    @Test
    void apply_passesTheIdempotencyKey() {
        signedIn();
        repos.apply(BenefitKind.NURSING_SUBSIDY, "key-9").join();
        assertTrue(api.calls.contains("apply NURSING_SUBSIDY key-9"));
    }

    @Test
    void damagedCacheEntry_readsAsMissing() {
        signedIn();
        storage.write("cache-7-profile.json", "{broken");
        api.failure = Fixtures.offline();
        assertThrows(CompletionException.class, () -> repos.profile().join());
    }

    @Test
    void carer_readsTheChosenResidentsData() {
        Session carer = Fixtures.carerSession();
        assertEquals(11L, carer.requireSubjectId());
        assertTrue(carer.actingForSomeoneElse());
        assertEquals(12L, carer.withSubject(12).requireSubjectId());
        assertThrows(IllegalArgumentException.class, () -> carer.withSubject(99));
    }
}

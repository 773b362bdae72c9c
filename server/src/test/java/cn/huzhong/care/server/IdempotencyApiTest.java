package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.ApplyRequest;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.huzhong.care.server.support.TestServer.CARER_ZHANG;
import static cn.huzhong.care.server.support.TestServer.STAFF_BISHUI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A retried POST never creates a second record; the database decides, not the JVM. */
class IdempotencyApiTest {

    private static long applications(TestServer s, long residentId, BenefitKind kind) {
        return s.app.database().read(c -> Sql.count(c, "SELECT COUNT(*) FROM applications WHERE resident_id = ? AND kind = ?",
                residentId, kind));
    }

    @Test
    void apply_sameKeyTenTimes_oneRecordSameBody() {
        try (TestServer s = TestServer.start(true)) {
            long liuYang = SubsidyApiTest.resident(s, CARER_ZHANG, "刘洋");
            String path = ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, liuYang);
            ApplyRequest body = new ApplyRequest(BenefitKind.NURSING_SUBSIDY, "重试测试");
            Map<String, String> key = Map.of(ApiPaths.HEADER_IDEMPOTENCY_KEY, "apply-nursing-7f3c2a");
            Http.Resp first = s.as(CARER_ZHANG).post(path, body, key);
            assertEquals(201, first.status(), first::toString);
            assertNull(first.header("Idempotent-Replayed"));
            for (int i = 2; i <= 10; i++) {
                Http.Resp again = s.as(CARER_ZHANG).post(path, body, key);
                assertEquals(201, again.status(), "retry " + i);
                assertEquals(first.body(), again.body(), "retry " + i + " returns the first answer");
                assertEquals("true", again.header("Idempotent-Replayed"));
            }
            assertEquals(1, applications(s, liuYang, BenefitKind.NURSING_SUBSIDY));
        }
    }

    @Test
    void apply_sameKeyDifferentBody_422_andNoRecord() {
        try (TestServer s = TestServer.start(true)) {
            long liuYang = SubsidyApiTest.resident(s, CARER_ZHANG, "刘洋");
            String path = ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, liuYang);
            Map<String, String> key = Map.of(ApiPaths.HEADER_IDEMPOTENCY_KEY, "k-1");
            assertEquals(201, s.as(CARER_ZHANG).post(path, new ApplyRequest(BenefitKind.NURSING_SUBSIDY, null), key).status());
            Http.Resp other = s.as(CARER_ZHANG).post(path, new ApplyRequest(BenefitKind.LIVING_SUBSIDY, null), key);
            assertEquals(422, other.status());
            assertEquals("https://huzhong.care/problems/idempotency-key-reused", other.problem().type());
            assertEquals(0, applications(s, liuYang, BenefitKind.LIVING_SUBSIDY));
        }
    }

    @Test
    void apply_keysAreTheAccountsOwn_anotherAccountsSameKeyIsIndependent() {
        try (TestServer s = TestServer.start(true)) {
            long liuYang = SubsidyApiTest.resident(s, CARER_ZHANG, "刘洋");
            String path = ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, liuYang);
            Map<String, String> key = Map.of(ApiPaths.HEADER_IDEMPOTENCY_KEY, "shared-key");
            assertEquals(201, s.as(CARER_ZHANG).post(path, new ApplyRequest(BenefitKind.NURSING_SUBSIDY, null), key).status());
            assertEquals(201, s.as(TestServer.STAFF_HUZHONG).post(path, new ApplyRequest(BenefitKind.LIVING_SUBSIDY, null), key).status());
        }
    }

    @Test
    void apply_tenConcurrentRequestsWithOneKey_oneRecordAllSameAnswer() throws Exception {
        try (TestServer s = TestServer.start(true)) {
            long liuYang = SubsidyApiTest.resident(s, CARER_ZHANG, "刘洋");
            String path = ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, liuYang);
            Http carer = s.as(CARER_ZHANG);
            List<Http.Resp> answers = concurrently(10, () -> carer.post(path, new ApplyRequest(BenefitKind.HOME_MODIFICATION, null),
                    Map.of(ApiPaths.HEADER_IDEMPOTENCY_KEY, "burst-1")));
            Set<String> bodies = new HashSet<>();
            for (Http.Resp r : answers) {
                assertEquals(201, r.status(), r::toString);
                bodies.add(r.body());
            }
            assertEquals(1, bodies.size(), "every retry got the first answer");
            assertEquals(1, applications(s, liuYang, BenefitKind.HOME_MODIFICATION));
        }
    }

    @Test
    void apply_concurrentDifferentKeysForOneBenefit_theDatabaseAdmitsExactlyOne() throws Exception {
        try (TestServer s = TestServer.start(true)) {
            long liuYang = SubsidyApiTest.resident(s, CARER_ZHANG, "刘洋");
            String path = ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, liuYang);
            Http carer = s.as(CARER_ZHANG);
            int[] n = {0};
            List<Http.Resp> answers = concurrently(12, () -> {
                String k;
                synchronized (n) {
                    k = "distinct-" + (n[0]++);
                }
                return carer.post(path, new ApplyRequest(BenefitKind.LIVING_SUBSIDY, null), Map.of(ApiPaths.HEADER_IDEMPOTENCY_KEY, k));
            });
            long created = answers.stream().filter(r -> r.status() == 201).count();
            long refused = answers.stream().filter(r -> r.status() == 409).count();
            assertEquals(1, created, answers::toString);
            assertEquals(11, refused, answers::toString);
            assertEquals(1, applications(s, liuYang, BenefitKind.LIVING_SUBSIDY));
        }
    }

    @Test
    void staffPayment_retriedWithKey_recordedOnce() {
        try (TestServer s = TestServer.start(true)) {
            long li = SubsidyApiTest.resident(s, TestServer.LI, null);
            long nursing = SubsidyApiTest.find(SubsidyApiTest.subsidies(s, TestServer.LI, li), BenefitKind.NURSING_SUBSIDY).id();
            // remove this month's demo payment so it can be recorded again
            s.app.database().tx(c -> Sql.update(c, "DELETE FROM payments WHERE application_id = ? AND period = '2026-11'", nursing));
            String path = ApiPaths.fill(ApiPaths.SUBSIDY_PAYMENTS, nursing);
            Map<String, String> key = Map.of(ApiPaths.HEADER_IDEMPOTENCY_KEY, "pay-2026-11-li");
            Http.Resp first = s.as(STAFF_BISHUI).post(path, Map.of("period", "2026-11"), key);
            assertEquals(201, first.status(), first::toString);
            for (int i = 0; i < 3; i++) {
                Http.Resp again = s.as(STAFF_BISHUI).post(path, Map.of("period", "2026-11"), key);
                assertEquals(first.body(), again.body());
            }
            assertEquals(first.as(SubsidyDetail.class).payments().size(),
                    SubsidyApiTest.detail(s, TestServer.LI, li, nursing).payments().size());
        }
    }

    static List<Http.Resp> concurrently(int n, Callable<Http.Resp> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Resp>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Http.Resp> out = new ArrayList<>();
            for (Future<Http.Resp> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}

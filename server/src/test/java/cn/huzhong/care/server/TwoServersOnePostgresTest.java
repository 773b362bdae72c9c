package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.ServerProcess;
import cn.huzhong.care.server.support.TestDatabases;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two server processes on one PostgreSQL database (CI's second run): they start and seed at the same time (the demo
 * is seeded once), a session made on one is honoured and ended on the other, a slot's capacity holds when people
 * book it through both at once, and one Idempotency-Key sent to both creates one request.
 */
class TwoServersOnePostgresTest {
    static ServerProcess a;
    static ServerProcess b;
    static TestDatabases.Db db;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgres(), "needs HUZHONG_TEST_PG_URL (CI starts PostgreSQL)");
        Path dir = Files.createTempDirectory("huzhong-two");
        db = TestDatabases.fresh(dir);
        Map<String, String> env = Map.of("HUZHONG_DB_PASSWORD", db.password() == null ? "" : db.password());
        String[] args = {"--db-url=" + db.url(), "--db-user=" + db.user(), "--demo", "--data-dir=" + dir};
        ExecutorService both = Executors.newFixedThreadPool(2);
        Future<ServerProcess> fa = both.submit(() -> ServerProcess.start(dir, "server-a", env, args));
        Future<ServerProcess> fb = both.submit(() -> ServerProcess.start(dir, "server-b", env, args));
        a = fa.get();
        b = fb.get();
        both.shutdown();
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    static String token(ServerProcess s, String phone) {
        Http.Resp r = s.http.post(ApiPaths.SESSIONS, Map.of("phone", phone, "password", "demo1234"));
        assertEquals(201, r.status(), r::toString);
        return r.json().getAsJsonObject().get("token").getAsString();
    }

    static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void bothSeedingAtOnce_seedTheDemoOnce() throws Exception {
        assertEquals(1, count("SELECT COUNT(*) FROM accounts WHERE phone = '" + TestServer.WANG + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM meta WHERE meta_key = 'demo_seeded'"));
    }

    @Test
    void aSessionMadeOnOneServer_worksOnTheOther_andSigningOutThereEndsItHere() {
        String token = token(a, TestServer.LI);
        assertEquals(200, b.http.as(token).get(ApiPaths.ME).status());
        assertEquals(204, b.http.as(token).delete(ApiPaths.SESSION_CURRENT).status());
        assertEquals(401, a.http.as(token).get(ApiPaths.ME).status());
    }

    @Test
    void peopleBookingOneSlotThroughBothServersAtOnce_neverOverbookIt() throws Exception {
        // district staff publish a slot with room for two, at a provider of 呼中镇
        String staff = token(a, TestServer.STAFF_DISTRICT);
        long provider = a.http.as(staff).get(ApiPaths.PROVIDERS).json().getAsJsonArray().get(0).getAsJsonObject().get("id").getAsLong();
        String startsAt = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(40) + "T15:00:00+08:00";
        Http.Resp published = a.http.as(staff).post(ApiPaths.fill(ApiPaths.PROVIDER_SLOTS, provider),
                Map.of("service", "REHABILITATION", "startsAt", startsAt, "durationMinutes", 30, "capacity", 2));
        assertEquals(201, published.status(), published::toString);
        long slot = published.json().getAsJsonArray().get(0).getAsJsonObject().get("id").getAsLong();
        // six different people, each through one server or the other
        List<Callable<Integer>> bookers = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(6);
        int n = 0;
        for (String phone : List.of(TestServer.WANG, TestServer.LI, TestServer.SUN, TestServer.CARER_ZHANG, TestServer.CARER_CHEN)) {
            ServerProcess via = n++ % 2 == 0 ? a : b;
            String t = token(via, phone);
            for (PersonRef p : via.http.as(t).get(ApiPaths.ME).as(MeResponse.class).actingFor()) {
                if (bookers.size() < 6) {
                    bookers.add(() -> {
                        together.await();
                        return via.http.as(t).post(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, p.residentId()), Map.of("slotId", slot)).status();
                    });
                }
            }
        }
        assertEquals(6, bookers.size());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(bookers)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(2, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(4, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(2, count("SELECT booked FROM slots WHERE id = " + slot));
        assertEquals(2, count("SELECT COUNT(*) FROM bookings WHERE slot_id = " + slot + " AND status = 'BOOKED'"));
    }

    @Test
    void oneIdempotencyKey_sentToBothServersAtOnce_createsOneRequest() throws Exception {
        String tokenA = token(a, TestServer.ZHAO);
        long resident = a.http.as(tokenA).get(ApiPaths.ME).as(MeResponse.class).actingFor().get(0).residentId();
        String body = "{\"type\":\"OTHER\",\"description\":\"两台服务器同一个请求\"}";
        Map<String, String> key = Map.of("Idempotency-Key", "two-servers-1");
        String path = ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, resident);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Resp>> sent = pool.invokeAll(List.of(
                () -> {
                    together.await();
                    return a.http.as(tokenA).sendUnchecked("POST", path, body, key);
                },
                () -> {
                    together.await();
                    return b.http.as(tokenA).sendUnchecked("POST", path, body, key);
                }));
        pool.shutdown();
        List<Http.Resp> answers = new ArrayList<>();
        for (Future<Http.Resp> f : sent) {
            answers.add(f.get());
        }
        for (Http.Resp r : answers) {
            assertTrue(r.status() == 201 || (r.status() == 409 && r.body().contains("idempotency-in-flight")), r::toString);
        }
        // a retry through either server now gets the stored answer
        Http.Resp retryB = b.http.as(tokenA).sendUnchecked("POST", path, body, key);
        Http.Resp retryA = a.http.as(tokenA).sendUnchecked("POST", path, body, key);
        assertEquals(201, retryB.status());
        assertEquals("true", retryB.header("Idempotent-Replayed"));
        assertEquals(retryA.body(), retryB.body());
        assertEquals(1, count("SELECT COUNT(*) FROM service_requests WHERE description = '两台服务器同一个请求'"));
    }
}

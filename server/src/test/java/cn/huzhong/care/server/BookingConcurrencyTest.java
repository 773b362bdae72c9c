package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SignInRequest;
import cn.huzhong.care.core.domain.DisabilityCategory;
import cn.huzhong.care.core.domain.DisabilityLevel;
import cn.huzhong.care.core.domain.HouseholdIncome;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.auth.AccountRepository;
import cn.huzhong.care.server.auth.PasswordHasher;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Relationship;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.server.demo.DemoData;
import cn.huzhong.care.server.residents.ResidentRepository;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Capacity is never exceeded and a person never holds two overlapping bookings, under concurrent requests and with
 * two server instances on one database (run on SQLite here and on PostgreSQL in CI's second pass). The servers share
 * nothing but the database: no JVM lock could help them.
 */
class BookingConcurrencyTest {
    static final int PEOPLE = 50;
    static final int CAPACITY = 3;

    static final String CARER_PHONE = "13800000999";

    /**
     * 50 extra residents of one town, all linked to one carer account (phone {@link #CARER_PHONE}) who books for
     * them: booking is acting as the person, which staff may not do.
     */
    static List<Long> residents(Database db, long now) {
        ResidentRepository repo = new ResidentRepository();
        String hash = new PasswordHasher().hash(DemoData.PASSWORD);
        return db.tx(c -> {
            long carer = new AccountRepository().insert(c, CARER_PHONE, hash, Role.CARER, "测试家属", AccountStatus.ACTIVE,
                    Town.HUYUAN, null, null, now);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                long home = repo.insertHousehold(c, Town.HUYUAN, HouseholdIncome.REGULAR, "测试街" + i + "号", now);
                String body = Town.DISTRICT_CODE + "19" + String.format("%02d", 50 + i % 40) + "0101" + String.format("%03d", 500 + i);
                String cert = cn.huzhong.care.core.cert.CertificateNumber.of(body, DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_3).value();
                ids.add(repo.insert(c, "测试居民" + i, cert, DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_3,
                        LocalDate.of(1950 + i % 40, 1, 1), Town.HUYUAN, home, null, null, LocalDate.of(2020, 1, 1), null, 0,
                        null, null, null, now));
                repo.insertLink(c, carer, ids.get(ids.size() - 1), Relationship.GUARDIAN, null, now);
            }
            return ids;
        });
    }

    static long slot(Database db, long startsAt, int capacity) {
        return db.tx(c -> Sql.insert(c, "INSERT INTO slots (provider_id, service, starts_at, ends_at, capacity, booked, created_at) "
                + "VALUES (1, 'REHABILITATION', ?, ?, ?, 0, 0)", startsAt, startsAt + 45 * 60_000L, capacity));
    }

    static String token(Http http) {
        return http.post(ApiPaths.SESSIONS, new SignInRequest(CARER_PHONE, DemoData.PASSWORD)).as(SessionResponse.class).token();
    }

    private static void assertExactlyCapacity(List<Http.Resp> answers, Database db, long slotId) {
        long ok = answers.stream().filter(r -> r.status() == 201).count();
        long full = answers.stream().filter(r -> r.status() == 409).count();
        assertEquals(CAPACITY, ok, () -> "created: " + answers);
        assertEquals(PEOPLE - CAPACITY, full, () -> "refused: " + answers);
        assertTrue(answers.stream().filter(r -> r.status() == 409)
                .allMatch(r -> r.problem().detail().contains("约满")), "every refusal says the slot is full");
        assertEquals(CAPACITY, (int) db.read(c -> Sql.one(c, "SELECT booked FROM slots WHERE id = ?", rs -> rs.getInt(1), slotId)).orElseThrow());
        assertEquals(CAPACITY, (long) db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM bookings WHERE slot_id = ? AND status = 'BOOKED'", slotId)));
    }

    @Test
    void fiftySimultaneousBookings_slotOfThree_exactlyThreeSucceed() throws Exception {
        try (TestServer s = TestServer.start(true)) {
            Database db = s.app.database();
            List<Long> people = residents(db, s.clock.millis());
            long slotId = slot(db, s.clock.millis() + 86_400_000L * 3, CAPACITY);
            Http carer = s.http.as(token(s.http));
            AtomicInteger next = new AtomicInteger();
            List<Http.Resp> answers = IdempotencyApiTest.concurrently(PEOPLE, () -> {
                long person = people.get(next.getAndIncrement());
                return carer.post(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, person), new CreateBooking(slotId, null, null, null));
            });
            assertExactlyCapacity(answers, db, slotId);
        }
    }

    @Test
    void fiftySimultaneousBookings_twoServersOnOneDatabase_exactlyThreeSucceed() throws Exception {
        try (TestServer s = TestServer.start(true)) {
            Database db = s.app.database();
            // a second server instance on the same database: its own pool, its own HTTP port
            try (ServerApp second = ServerApp.create(s.app.config().withPolicy(null)).start()) {
                List<Long> people = residents(db, s.clock.millis());
                Http one = s.http.as(token(s.http));
                Http twoAnon = new Http("http://127.0.0.1:" + second.port());
                Http two = twoAnon.as(token(twoAnon));
                long slotId = slot(db, s.clock.millis() + 86_400_000L * 4, CAPACITY);
                AtomicInteger next = new AtomicInteger();
                List<Http.Resp> answers = IdempotencyApiTest.concurrently(PEOPLE, () -> {
                    int i = next.getAndIncrement();
                    Http via = i % 2 == 0 ? one : two;
                    return via.post(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, people.get(i)), new CreateBooking(slotId, null, null, null));
                });
                assertExactlyCapacity(answers, db, slotId);
            }
        }
    }

    @Test
    void onePerson_tenSimultaneousOverlappingBookings_twoServers_exactlyOneSucceeds() throws Exception {
        try (TestServer s = TestServer.start(true)) {
            Database db = s.app.database();
            try (ServerApp second = ServerApp.create(s.app.config()).start()) {
                long person = residents(db, s.clock.millis()).get(0);
                Http one = s.http.as(token(s.http));
                Http twoAnon = new Http("http://127.0.0.1:" + second.port());
                Http two = twoAnon.as(token(twoAnon));
                long base = s.clock.millis() + 86_400_000L * 5;
                List<Long> slots = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    slots.add(slot(db, base + i * 60_000L, 5)); // each starts a minute after the last: all overlap
                }
                AtomicInteger next = new AtomicInteger();
                List<Http.Resp> answers = IdempotencyApiTest.concurrently(10, () -> {
                    int i = next.getAndIncrement();
                    return (i % 2 == 0 ? one : two).post(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, person),
                            new CreateBooking(slots.get(i), null, null, null), Map.of());
                });
                assertEquals(1, answers.stream().filter(r -> r.status() == 201).count(), answers::toString);
                assertEquals(9, answers.stream().filter(r -> r.status() == 409).count(), answers::toString);
                assertEquals(1, (long) db.read(c -> Sql.count(c,
                        "SELECT COUNT(*) FROM bookings WHERE resident_id = ? AND status = 'BOOKED'", person)));
            }
        }
    }
}

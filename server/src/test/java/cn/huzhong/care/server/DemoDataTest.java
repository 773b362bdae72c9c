package cn.huzhong.care.server;

import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.policy.BenefitFinder;
import cn.huzhong.care.core.policy.PolicyTable;
import cn.huzhong.care.server.auth.PasswordHasher;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.demo.DemoData;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataTest {
    static TestServer server;
    static Database db;

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
        db = server.app.database();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> strings(String sql) {
        return db.read(c -> Sql.list(c, sql, rs -> rs.getString(1)));
    }

    @Test
    void seed_coversEveryTownCategoryLevelAndStep() {
        assertEquals(Arrays.stream(Town.values()).map(Enum::name).collect(Collectors.toSet()),
                new HashSet<>(strings("SELECT DISTINCT town FROM residents")));
        Set<String> combos = new HashSet<>(strings("SELECT category || '-' || level FROM residents"));
        for (int c = 1; c <= 7; c++) {
            for (int l = 1; l <= 4; l++) {
                assertTrue(combos.contains(c + "-" + l), "category " + c + " level " + l);
            }
        }
        assertEquals(Arrays.stream(ApplicationStep.values()).map(Enum::name).collect(Collectors.toSet()),
                new HashSet<>(strings("SELECT DISTINCT step FROM applications")));
        assertEquals(Set.of("DIBAO", "NEAR_DIBAO", "REGULAR"), new HashSet<>(strings("SELECT DISTINCT income FROM households")));
    }

    @Test
    void seed_everyCertificateNumberIsValidAndLocal() {
        LocalDate today = LocalDate.of(2026, 11, 18);
        for (String n : strings("SELECT certificate_number FROM residents")) {
            CertificateNumber c = CertificateNumber.parse(n, today);
            assertEquals(Town.DISTRICT_CODE, c.areaCode());
        }
    }

    @Test
    void seed_paidApplicationsHavePaymentHistory_andTimelinesEndAtTheirStep() {
        long paidWithoutPayments = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM applications a WHERE a.step IN ('PAYING', 'SUSPENDED') "
                + "AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.application_id = a.id)"));
        assertEquals(0, paidWithoutPayments);
        long mismatched = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM applications a WHERE a.step <> "
                + "(SELECT e.step FROM application_events e WHERE e.application_id = a.id ORDER BY e.at DESC, e.id DESC LIMIT 1)"));
        assertEquals(0, mismatched);
    }

    @Test
    void seed_staffOfEveryTownAndTheDistrict_carersAndVolunteers() {
        assertEquals(Set.of("HUZHONG", "BISHUI", "HUYUAN", "HONGWEI"),
                new HashSet<>(strings("SELECT town FROM accounts WHERE role = 'STAFF' AND staff_scope = 'TOWN'")));
        assertEquals(List.of("DISTRICT"), strings("SELECT staff_scope FROM accounts WHERE role = 'STAFF' AND town IS NULL"));
        assertEquals(3L, (long) db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM carer_links")));
        assertEquals(Set.of("ACTIVE", "PENDING"), new HashSet<>(strings("SELECT status FROM accounts WHERE role = 'VOLUNTEER'")));
        Set<String> phones = new HashSet<>(strings("SELECT phone FROM accounts"));
        for (DemoData.Account a : DemoData.accounts()) {
            assertTrue(phones.contains(a.phone()), "listed demo account exists: " + a.phone());
        }
        assertEquals(0L, (long) db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM accounts a WHERE a.role = 'VOLUNTEER' "
                + "AND NOT EXISTS (SELECT 1 FROM volunteer_profiles p WHERE p.account_id = a.id)")), "every volunteer has a profile");
    }

    @Test
    void seed_volunteersAndTasks_inEveryTown() {
        for (Town t : Town.values()) {
            assertTrue(db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM accounts a JOIN volunteer_towns v ON v.account_id = a.id "
                    + "WHERE a.status = 'PENDING' AND v.town = ?", t)) > 0, "a volunteer to verify in " + t);
            assertTrue(db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM accounts a JOIN volunteer_towns v ON v.account_id = a.id "
                    + "WHERE a.status = 'ACTIVE' AND v.town = ?", t)) > 0, "a verified volunteer in " + t);
            assertTrue(db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM help_tasks WHERE status = 'OPEN' AND town = ? "
                    + "AND window_start > ?", t, server.clock.millis())) > 0, "an open task in " + t);
        }
        assertTrue(db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM help_tasks WHERE status = 'ACCEPTED'")) > 0);
        assertEquals(390L, (long) db.read(c -> Sql.one(c, "SELECT SUM(t.minutes) FROM help_tasks t JOIN accounts a "
                + "ON a.id = t.volunteer_account_id WHERE a.phone = '13900000201' AND t.status = 'COMPLETED'",
                rs -> rs.getLong(1)).orElseThrow()), "林志远 has 6.5 hours to show");
        assertEquals(1L, (long) db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM task_complaints WHERE status = 'OPEN'")));
        assertEquals(1L, (long) db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM request_events WHERE kind = 'VOLUNTEER_COMING'")));
        long constraintBreakers = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM help_tasks WHERE window_end <= window_start"));
        assertEquals(0, constraintBreakers);
    }

    @Test
    void seed_indicatorsMeanSomethingInEveryTown() {
        cn.huzhong.care.core.api.IndicatorReport r = server.as(TestServer.STAFF_DISTRICT).get(cn.huzhong.care.core.api.ApiPaths.INDICATORS)
                .as(cn.huzhong.care.core.api.IndicatorReport.class);
        for (cn.huzhong.care.core.api.IndicatorSet set : r.sets()) {
            for (cn.huzhong.care.core.api.IndicatorDto i : set.indicators()) {
                String where = set.scopeName() + " " + i.code();
                assertTrue(i.denominator() > 0, where + " has people to count");
                assertTrue(i.numerator() > 0, where + " has some done");
                if (i.code() != cn.huzhong.care.core.domain.IndicatorCode.HOME_MODIFICATIONS) {
                    assertTrue(i.percent() < 100.0, where + " is not trivially complete: " + i.text());
                }
            }
        }
    }

    @Test
    void seed_secondRun_changesNothing() {
        String[] tables = {"households", "residents", "accounts", "carer_links", "applications", "application_events", "payments"};
        long[] before = Arrays.stream(tables).mapToLong(t -> db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM " + t))).toArray();
        PolicyTable policy = PolicyTable.standard();
        List<DemoData.Account> accounts = new DemoData(db, new PasswordHasher(), server.clock,
                new BenefitFinder(policy, policy.defaultSwitches())).seed();
        long[] after = Arrays.stream(tables).mapToLong(t -> db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM " + t))).toArray();
        assertEquals(Arrays.toString(before), Arrays.toString(after));
        assertEquals(DemoData.accounts(), accounts, "the accounts are still listed");
    }
}

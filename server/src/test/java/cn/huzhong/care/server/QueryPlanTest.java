package cn.huzhong.care.server;

import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.support.TestDatabases;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident's subsidies stay a few indexed lookups at any size: SQLite's query plan for each statement on the
 * read path searches an index and never scans a table. (The throughput at a million residents is for the
 * benchmark; this keeps the plans honest in every build.)
 */
class QueryPlanTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        Assumptions.assumeFalse(TestDatabases.postgres(), "SQLite plans; PostgreSQL plans depend on table statistics");
        server = TestServer.start(true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = 'x' AND s.expires_at > 0",
            "SELECT * FROM accounts WHERE phone = '13900000001'",
            "SELECT * FROM carer_links WHERE carer_account_id = 1 AND resident_id = 2",
            "SELECT * FROM residents r JOIN households h ON h.id = r.household_id WHERE r.id = 1",
            "SELECT * FROM applications a WHERE a.resident_id = 1 ORDER BY a.submitted_at DESC, a.id DESC LIMIT 20 OFFSET 0",
            "SELECT COUNT(*) FROM applications WHERE resident_id = 1",
            "SELECT kind FROM applications WHERE household_id = 1 AND kind IN ('A', 'B') AND active_key IS NOT NULL",
            "SELECT * FROM application_events WHERE application_id = 1 ORDER BY at, id",
            "SELECT * FROM payments WHERE application_id = 1 ORDER BY period DESC",
            // the latest payment of each application of a page of subsidies, in one statement
            "SELECT p.application_id, p.period FROM payments p WHERE p.application_id IN (1, 2, 3) "
                    + "AND p.period = (SELECT MAX(q.period) FROM payments q WHERE q.application_id = p.application_id)",
            "SELECT next_attempt_at FROM sign_in_throttle WHERE phone_hash = 'x'",
            "SELECT COUNT(*) FROM residents WHERE household_id = 1",
            "SELECT * FROM residents r WHERE r.certificate_number = '23276419580312021X41'",
            "SELECT * FROM applications a WHERE a.town = 'HUZHONG' AND a.step IN ('SUBMITTED', 'TOWN_REVIEW') ORDER BY a.step_since, a.id LIMIT 20",
            // issue 8: help tasks, volunteers, complaints, cases, the audit trail
            "SELECT * FROM help_tasks t JOIN residents r ON r.id = t.resident_id LEFT JOIN accounts v ON v.id = t.volunteer_account_id "
                    + "WHERE t.town IN ('HUZHONG', 'HUYUAN') AND t.status IN ('OPEN') AND t.window_end > 0 ORDER BY t.window_start, t.id LIMIT 20",
            "SELECT * FROM help_tasks t WHERE t.status IN ('ACCEPTED', 'CHECKED_IN') AND t.volunteer_account_id = 1 ORDER BY t.window_start",
            "SELECT * FROM help_tasks t WHERE t.resident_id = 1 ORDER BY t.window_start DESC, t.id DESC LIMIT 20",
            "SELECT * FROM help_tasks t WHERE t.request_id = 1",
            "SELECT COALESCE(SUM(t.minutes), 0) FROM help_tasks t WHERE t.volunteer_account_id = 1 AND t.status = 'COMPLETED'",
            "SELECT town FROM volunteer_towns WHERE account_id = 1",
            "SELECT a.id FROM accounts a JOIN volunteer_profiles p ON p.account_id = a.id WHERE a.role = 'VOLUNTEER' "
                    + "AND a.status = 'PENDING' AND EXISTS (SELECT 1 FROM volunteer_towns v WHERE v.account_id = a.id AND v.town = 'BISHUI')",
            "SELECT * FROM task_complaints k WHERE k.status = 'OPEN' AND k.town = 'BISHUI' ORDER BY k.created_at DESC LIMIT 20",
            "SELECT * FROM personal_data_cases k WHERE k.status = 'OPEN' AND k.town = 'HUYUAN' ORDER BY k.created_at LIMIT 20",
            "SELECT * FROM one_time_codes WHERE account_id = 1",
            "SELECT * FROM audit_log l WHERE l.resident_id = 1 ORDER BY l.at DESC, l.id DESC LIMIT 20",
            "SELECT * FROM audit_log l WHERE l.town = 'HUZHONG' ORDER BY l.at DESC, l.id DESC LIMIT 20",
            "SELECT * FROM audit_log l WHERE l.actor_account_id = 1 ORDER BY l.at DESC LIMIT 20",
    })
    void readPath_usesIndexes_neverScansATable(String sql) {
        List<String> plan = server.app.database().read(c -> Sql.list(c, "EXPLAIN QUERY PLAN " + sql, rs -> rs.getString("detail")));
        String text = String.join(" | ", plan);
        assertFalse(plan.isEmpty());
        for (String step : plan) {
            assertFalse(step.startsWith("SCAN"), "a scan (of a table or a whole index) in: " + text);
        }
        assertTrue(text.contains("SEARCH"), "no index search in: " + text);
    }
}

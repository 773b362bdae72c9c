package cn.huzhong.care.server;

import cn.huzhong.care.server.auth.Tokens;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HousekeepingTest {
    // stored hashes are always 64 hex characters (CHAR(64): PostgreSQL pads shorter values)
    static final String EXPIRED = Tokens.sha256Hex("expired");
    static final String LIVE = Tokens.sha256Hex("live");
    static final String STALE = Tokens.sha256Hex("stale");
    static final String COUNTING = Tokens.sha256Hex("counting");

    @Test
    void run_removesExpiredSessionsAndKeysOlderThanThirtyDays_keepsTheRest() {
        try (TestServer s = TestServer.start(true)) {
            long now = s.clock.millis();
            long day = Duration.ofDays(1).toMillis();
            s.app.database().tx(c -> {
                long account = Sql.one(c, "SELECT id FROM accounts WHERE phone = '13900000001'", rs -> rs.getLong(1)).orElseThrow();
                Sql.update(c, "INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                        EXPIRED, account, now - 31 * day, now - 1);
                Sql.update(c, "INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                        LIVE, account, now, now + day);
                Sql.update(c, "INSERT INTO idempotency_keys (account_id, idem_key, request_hash, created_at) VALUES (?, 'old', 'h', ?)",
                        account, now - 30 * day - 1);
                Sql.update(c, "INSERT INTO idempotency_keys (account_id, idem_key, request_hash, created_at) VALUES (?, 'week', 'h', ?)",
                        account, now - 29 * day);
                long other = Sql.one(c, "SELECT id FROM accounts WHERE phone = '13900000002'", rs -> rs.getLong(1)).orElseThrow();
                Sql.update(c, "INSERT INTO one_time_codes (account_id, code_hash, purpose, issued_by, created_at, expires_at) "
                        + "VALUES (?, 'h', 'RESET', ?, ?, ?)", account, account, now - 2 * day, now - 1);
                Sql.update(c, "INSERT INTO one_time_codes (account_id, code_hash, purpose, issued_by, created_at, expires_at) "
                        + "VALUES (?, 'h', 'RESET', ?, ?, ?)", other, account, now, now + day);
                // sign-in slowdowns: one whose window ended two hours ago and whose wait is over, one still counting
                Sql.update(c, "INSERT INTO sign_in_throttle (phone_hash, failures, window_start, next_attempt_at) "
                        + "VALUES (?, 7, ?, ?)", STALE, now - 2 * 3_600_000L, now - 3_600_000L);
                Sql.update(c, "INSERT INTO sign_in_throttle (phone_hash, failures, window_start, next_attempt_at) "
                        + "VALUES (?, 7, ?, ?)", COUNTING, now - 60_000L, now + 30_000L);
                return null;
            });
            new Housekeeping(s.app.database(), new cn.huzhong.care.server.auth.AccountRepository(),
                    new cn.huzhong.care.server.idempotency.IdempotencyRepository(),
                    new cn.huzhong.care.server.accounts.OneTimeCodeRepository(),
                    new cn.huzhong.care.server.auth.SignInThrottleRepository(), s.clock).run();
            assertEquals(List.of(LIVE), s.app.database().read(c -> Sql.list(c,
                    "SELECT token_hash FROM sessions WHERE token_hash IN (?, ?)", rs -> rs.getString(1), EXPIRED, LIVE)));
            assertEquals(List.of("week"), s.app.database().read(c -> Sql.list(c,
                    "SELECT idem_key FROM idempotency_keys WHERE idem_key IN ('old', 'week')", rs -> rs.getString(1))),
                    "a key is kept for 30 days: an outbox may resend after days offline");
            assertEquals(1L, (long) s.app.database().read(c -> Sql.count(c, "SELECT COUNT(*) FROM one_time_codes")),
                    "the expired one-time code is gone, the live one stays");
            assertEquals(List.of(COUNTING), s.app.database().read(c -> Sql.list(c,
                    "SELECT phone_hash FROM sign_in_throttle WHERE phone_hash IN (?, ?)", rs -> rs.getString(1),
                    STALE, COUNTING)), "a slowdown is forgotten an hour after its window, never while it counts");
        }
    }
}

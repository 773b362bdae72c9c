package cn.huzhong.care.server;

import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.db.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Hourly clean-up: expired sessions, and idempotency keys older than 30 days. The app's outbox may resend a request
 * made offline days later (remote villages, patchy coverage): its key must still be known then, or a request whose
 * first answer was lost would be created twice.
 */
final class Housekeeping implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    static final Duration KEEP_IDEMPOTENCY_KEYS = Duration.ofDays(30);
    static final Duration KEEP_SIGN_IN_THROTTLE = Duration.ofHours(1);

    private final Database db;
    private final Clock clock;

    Housekeeping(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            long now = clock.millis();
            int[] removed = db.tx(c -> new int[]{
                    Sql.update(c, "DELETE FROM sessions WHERE expires_at <= ?", now),
                    Sql.update(c, "DELETE FROM idempotency_keys WHERE created_at < ?", now - KEEP_IDEMPOTENCY_KEYS.toMillis()),
                    // sign-in slowdowns whose window passed long ago and that may try again (issue 9)
                    Sql.update(c, "DELETE FROM sign_in_throttle WHERE window_start < ? AND next_attempt_at <= ?",
                            now - KEEP_SIGN_IN_THROTTLE.toMillis(), now)});
            if (removed[0] + removed[1] > 0) {
                LOG.info("housekeeping removed {} expired sessions and {} old idempotency keys", removed[0], removed[1]);
            }
        } catch (RuntimeException e) {
            LOG.warn("housekeeping failed; will try again", e);
        }
    }
}

package cn.huzhong.care.server;

import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.accounts.OneTimeCodeRepository;
import cn.huzhong.care.server.auth.AccountRepository;
import cn.huzhong.care.server.auth.SignInThrottleRepository;
import cn.huzhong.care.server.idempotency.IdempotencyRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Hourly clean-up: expired sessions and one-time codes, old sign-in slowdowns, and idempotency keys older than 30 days. The app's outbox may resend a request
 * made offline days later (remote villages, patchy coverage): its key must still be known then, or a request whose
 * first answer was lost would be created twice.
 */
final class Housekeeping implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    static final Duration KEEP_IDEMPOTENCY_KEYS = Duration.ofDays(30);
    static final Duration KEEP_SIGN_IN_THROTTLE = Duration.ofHours(1);

    private final Database db;
    private final AccountRepository accounts;
    private final IdempotencyRepository keys;
    private final OneTimeCodeRepository codes;
    private final SignInThrottleRepository throttle;
    private final Clock clock;

    Housekeeping(Database db, AccountRepository accounts, IdempotencyRepository keys, OneTimeCodeRepository codes,
                 SignInThrottleRepository throttle, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.keys = keys;
        this.codes = codes;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            long now = clock.millis();
            int[] removed = db.tx(c -> new int[]{
                    accounts.deleteExpiredSessions(c, now),
                    keys.deleteOlderThan(c, now - KEEP_IDEMPOTENCY_KEYS.toMillis()),
                    codes.deleteExpired(c, now),
                    // sign-in slowdowns whose window passed long ago and that may try again (issue 9)
                    throttle.deleteStale(c, now - KEEP_SIGN_IN_THROTTLE.toMillis(), now)});
            if (removed[0] + removed[1] + removed[2] + removed[3] > 0) {
                LOG.info("housekeeping removed {} expired sessions, {} old idempotency keys, {} expired one-time codes "
                        + "and {} old sign-in slowdowns", removed[0], removed[1], removed[2], removed[3]);
            }
        } catch (RuntimeException e) {
            LOG.warn("housekeeping failed; will try again", e);
        }
    }
}

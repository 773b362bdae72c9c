package cn.huzhong.care.server.auth;

import cn.huzhong.care.server.db.Database;

import java.time.Clock;
import java.time.Duration;

/**
 * Slows down password guessing per phone number without ever locking anyone out for long, and without telling
 * whether an account has that number. The first {@code freeFailures} wrong attempts within {@code window} cost
 * nothing; after that each attempt must wait before the next one may be made: 1 s, 2 s, 4 s … doubling up to
 * {@code maxDelay}. An attempt made too early is refused (429 with Retry-After) without looking at the password and
 * without counting, so hammering does not make the wait longer; the right password after the wait signs in and
 * clears the count. Known and unknown numbers are counted alike (keyed by a hash of the number), so the sequence of
 * answers is the same for both. The state is in the database: every server sees the same count.
 */
public final class SignInThrottle {
    /** Hashing the number keeps the numbers people mistype out of the database; the prefix keeps the hashes apart. */
    private static final String PEPPER = "huzhong-sign-in:";

    private final Database db;
    private final SignInThrottleRepository repository;
    private final Clock clock;
    private final int freeFailures;
    private final Duration window;
    private final Duration maxDelay;

    public SignInThrottle(Database db, SignInThrottleRepository repository, Clock clock, int freeFailures, Duration window,
                          Duration maxDelay) {
        this.db = db;
        this.repository = repository;
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.window = window;
        this.maxDelay = maxDelay;
    }

    static String key(String normalizedPhone) {
        return Tokens.sha256Hex(PEPPER + normalizedPhone);
    }

    /** Seconds to wait before this number may try again; 0 when it may try now. */
    public long secondsToWait(String normalizedPhone) {
        long now = clock.millis();
        long next = db.read(c -> repository.nextAttemptAt(c, key(normalizedPhone))).orElse(0L);
        return next > now ? (next - now + 999) / 1000 : 0;
    }

    /** Counts a failed attempt (wrong password or no such account: the same). */
    public void failed(String normalizedPhone) {
        long now = clock.millis();
        String key = key(normalizedPhone);
        db.tx(c -> {
            int failures = repository.countFailure(c, key, now, now - window.toMillis());
            repository.setNextAttempt(c, key, now + delayAfter(failures).toMillis());
            return null;
        });
    }

    /** The wait before the attempt after the {@code failures}-th failure in the window. */
    Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(30, failures - freeFailures);
        long millis = Math.min(maxDelay.toMillis(), 1000L << doublings);
        return Duration.ofMillis(millis);
    }

    public void succeeded(String normalizedPhone) {
        db.tx(c -> {
            repository.clear(c, key(normalizedPhone));
            return null;
        });
    }
}

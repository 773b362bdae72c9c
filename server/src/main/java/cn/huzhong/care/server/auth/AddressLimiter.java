package cn.huzhong.care.server.auth;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sign-in attempts per client address: a token bucket per address, kept in memory for the most recent
 * 10,000 addresses. It guards this process's CPU (each attempt costs an Argon2 hash); the per-account limit,
 * which must hold across servers, lives in the database.
 */
public final class AddressLimiter {
    private static final int MAX_ADDRESSES = 10_000;

    private final int perMinute;
    private final TimeMeter meter;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    public AddressLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Takes one attempt for the address; returns 0 when allowed, else the seconds to wait. */
    public long tryAcquire(String address) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(address, a -> Bucket.builder()
                    .addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .withCustomTimePrecision(meter)
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}

package com.orderflow.platform.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.orderflow.platform.ShopClock;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A rate limit per key (a phone number, a client address, an API key): a Bucket4j token bucket of
 * {@code capacity} that refills completely over {@code period}, on the shop's clock (so tests that
 * move the engine clock move it too). Buckets live in this node's memory (a bounded Caffeine cache of
 * {@code maxKeys}, as the staff login throttle keeps its own; a bucket idle for a whole period is full
 * again and is dropped): on several nodes each enforces its own limit, so what must hold
 * across nodes (a code's five tries) is counted in the database instead.
 */
public final class Throttle {
    private final int capacity;
    private final Duration period;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public Throttle(int capacity, Duration period, ShopClock clock, int maxKeys) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A throttle needs a capacity of at least 1 and a positive period");
        }
        this.capacity = capacity;
        this.period = period;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.now();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(period).build();
    }

    /** Takes one token for {@code key}: empty when allowed, else how long until the next one. */
    public Optional<Duration> tryTake(String key) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .withCustomTimePrecision(time).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** Forgets every bucket (tests that check a limit start from a full one). */
    public void reset() {
        buckets.invalidateAll();
    }

    public int capacity() {
        return capacity;
    }

    public Duration period() {
        return period;
    }
}

package com.orderflow.partners;

import java.time.Duration;
import java.util.Optional;

import com.orderflow.platform.throttle.Throttle;

/** The partner API's rate limit per key (Bucket4j, see {@link Throttle}). */
public final class PartnerThrottle {
    private final Throttle throttle;

    PartnerThrottle(Throttle throttle) {
        this.throttle = throttle;
    }

    /** Empty when the key may go on, else how long until it may. */
    public Optional<Duration> tryTake(PartnerKey key) {
        return throttle.tryTake("api-key:" + key.id());
    }

    public int perMinute() {
        return throttle.capacity();
    }
}

package com.orderflow.platform.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused without checking the password: the client or the account made too many failed
 * sign-ins and is held back until {@link #heldUntil()}. Never permanent.
 */
public class LoginThrottledException extends LockedException {
    private final transient Instant heldUntil;
    private final transient Duration retryAfter;

    LoginThrottledException(String message, Instant heldUntil, Duration retryAfter) {
        super(message);
        this.heldUntil = heldUntil;
        this.retryAfter = retryAfter;
    }

    public Instant heldUntil() {
        return heldUntil;
    }

    /** How long to wait, rounded up to whole seconds and at least one. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}

package com.orderflow.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are held back ({@code orderflow.security.login}).
 *
 * @param clientFailures failed sign-ins one client address may make per {@code clientWindow} (any user
 *                       names); past them every sign-in from it is refused until the window refills
 * @param clientWindow   the window of {@code clientFailures}
 * @param userFailures   failed sign-ins for one user name per {@code userWindow}; past them the account
 *                       is held back for {@code firstLockout}, doubling with each further lockout
 * @param userWindow     the window of {@code userFailures}
 * @param firstLockout   the first hold-back of an account
 * @param maxLockout     the longest hold-back: nobody is ever locked out for longer
 */
@ConfigurationProperties(prefix = "orderflow.security.login")
record LoginThrottleSettings(
        @DefaultValue("30") int clientFailures,
        @DefaultValue("PT15M") Duration clientWindow,
        @DefaultValue("5") int userFailures,
        @DefaultValue("PT15M") Duration userWindow,
        @DefaultValue("PT1M") Duration firstLockout,
        @DefaultValue("PT15M") Duration maxLockout) {

    LoginThrottleSettings {
        if (clientFailures < 1 || userFailures < 1) {
            throw new IllegalArgumentException("orderflow.security.login: client-failures and user-failures must be at least 1");
        }
        if (firstLockout.isNegative() || firstLockout.isZero() || maxLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException("orderflow.security.login: first-lockout must be positive and at most max-lockout");
        }
    }

    /** The hold-back of the {@code n}th lockout in a row (1, 2, …): doubling, never past {@code maxLockout}. */
    Duration lockout(int n) {
        Duration lockout = firstLockout;
        for (int i = 1; i < n && lockout.compareTo(maxLockout) < 0; i++) {
            lockout = lockout.multipliedBy(2);
        }
        return lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout;
    }
}

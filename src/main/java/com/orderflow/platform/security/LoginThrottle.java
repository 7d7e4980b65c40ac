package com.orderflow.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Holds back guessing at passwords, before the identity service is asked (issue 13.3). Two kinds of
 * Bucket4j buckets count failed sign-ins:
 * <ul>
 * <li>one per client address: past {@code client-failures} in {@code client-window}, every sign-in
 * from that address is refused until the bucket refills;</li>
 * <li>one per account: past {@code user-failures} in {@code user-window}, the account is held back
 * for {@code first-lockout}, twice as long at each further lockout, never longer than
 * {@code max-lockout}. A successful sign-in clears it.</li>
 * </ul>
 * An admin's account is held back only for the client that failed, so nobody can keep the shop's
 * admins out from elsewhere; and no lockout is ever permanent (Camunda's own permanent lockout is
 * switched off, see application.yaml). Each lockout is written to the audit trail once.
 *
 * <p>Counters live in this node's memory (bounded; idle entries expire): a restart forgets them,
 * and each node of a cluster counts on its own. Times come from the engine clock ({@link ShopClock}).
 */
@Component
@EnableConfigurationProperties(LoginThrottleSettings.class)
public class LoginThrottle {
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 20_000;
    private static final int ACTOR_LENGTH = 64;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** Who is trying, from where; {@code admin} accounts are held back per client. */
    public record Attempt(String user, String client, boolean admin) {
        String accountKey() {
            String name = user.toLowerCase(Locale.ROOT);
            return admin ? name + " from " + client : name;
        }
    }

    private final LoginThrottleSettings settings;
    private final ShopClock clock;
    private final AuditLog audit;
    private final TimeMeter time;
    private final Cache<String, Bucket> clients;
    private final Cache<String, Account> accounts;

    LoginThrottle(LoginThrottleSettings settings, ShopClock clock, AuditLog audit) {
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.now().toEpochMilli());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        Duration idle = settings.maxLockout().plus(settings.userWindow()).plus(settings.clientWindow());
        this.clients = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(idle).build();
        this.accounts = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(idle).build();
    }

    /**
     * Before the password is checked.
     *
     * @throws LoginThrottledException when the client or the account is held back; the password is then not checked
     */
    public void checkAllowed(Attempt attempt) {
        Bucket client = clients.getIfPresent(attempt.client());
        if (client != null && client.getAvailableTokens() < 1) {
            Duration wait = Duration.ofNanos(client.estimateAbilityToConsume(1).getNanosToWaitForRefill());
            throw new LoginThrottledException("Too many failed sign-ins from this address", clock.now().plus(wait), wait);
        }
        Account account = accounts.getIfPresent(attempt.accountKey());
        if (account != null) {
            Instant until = account.heldUntil();
            Instant now = clock.now();
            if (until != null && until.isAfter(now)) {
                throw new LoginThrottledException("Too many failed sign-ins for this user", until, Duration.between(now, until));
            }
        }
    }

    /** A wrong password (or an unknown user): counts against the client and the account. */
    public void failed(Attempt attempt) {
        Bucket client = clients.get(attempt.client(), key -> bucket(settings.clientFailures(), settings.clientWindow()));
        if (client.tryConsume(1) && client.getAvailableTokens() < 1) {
            Duration wait = Duration.ofNanos(client.estimateAbilityToConsume(1).getNanosToWaitForRefill());
            record(attempt.user(), "LOGIN_THROTTLED", "client " + attempt.client() + " made " + settings.clientFailures()
                    + " failed sign-ins within " + minutes(settings.clientWindow()) + ": every sign-in from it is held back"
                    + " until " + shopTime(clock.now().plus(wait)));
        }
        Account account = accounts.get(attempt.accountKey(), key -> new Account(bucket(settings.userFailures(),
                settings.userWindow())));
        Duration lockout = account.failed(clock.now(), settings);
        if (lockout != null) {
            record(attempt.user(), "LOGIN_LOCKED", (attempt.admin() ? "admin account held back for client " + attempt.client() : "account held back")
                    + " after more than " + settings.userFailures() + " failed sign-ins within " + minutes(settings.userWindow())
                    + " (last from " + attempt.client() + "): " + minutes(lockout) + ", until "
                    + shopTime(clock.now().plus(lockout)) + "; never permanent");
        }
    }

    /** The right password: the account starts afresh (the client's failures stay counted). */
    public void succeeded(Attempt attempt) {
        accounts.invalidate(attempt.accountKey());
    }

    private Bucket bucket(int failures, Duration window) {
        return Bucket.builder().addLimit(limit -> limit.capacity(failures).refillGreedy(failures, window))
                .withCustomTimePrecision(time).build();
    }

    private void record(String user, String action, String details) {
        String actor = user == null || user.isBlank() ? "unknown" : user.strip();
        actor = actor.length() > ACTOR_LENGTH ? actor.substring(0, ACTOR_LENGTH) : actor;
        log.warn("{} {}: {}", action, actor, details);
        audit.record(actor, action, null, details);
    }

    private String shopTime(Instant at) {
        return LocalTime.ofInstant(at, clock.zone()).format(CLOCK) + " shop time";
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 1 && duration.toSecondsPart() == 0 ? minutes + (minutes == 1 ? " minute" : " minutes")
                : duration.toSeconds() + " seconds";
    }

    /** One account's failures and its lockouts in a row. */
    private static final class Account {
        private final Bucket failures;
        private int lockouts;
        private Instant heldUntil;

        Account(Bucket failures) {
            this.failures = failures;
        }

        synchronized Instant heldUntil() {
            return heldUntil;
        }

        /** Counts a failure; the new lockout's length when this one starts a lockout, else null. */
        synchronized Duration failed(Instant now, LoginThrottleSettings settings) {
            if (heldUntil != null && heldUntil.isAfter(now)) {
                return null;
            }
            if (failures.tryConsume(1)) {
                return null;
            }
            lockouts++;
            Duration lockout = settings.lockout(lockouts);
            heldUntil = now.plus(lockout);
            return lockout;
        }
    }
}

package com.orderflow.partners;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.Roles;
import com.orderflow.platform.Sha256;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * API keys for partner systems (F9). Admins create them (the key is shown once, and only its SHA-256
 * is kept), scope them to reading and/or writing orders, and revoke them; each request with a key
 * notes its use. A key looks like {@code ofk_<8 hex>_<43 characters>}: the first part finds the row.
 */
@Service
public class ApiKeyService {
    static final String KEY_START = "ofk_";
    private static final int MAX_NAME = 50;
    private static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    /** A new key, with the one and only time its text is seen. */
    public record Issued(ApiKeyView key, String secret) {
    }

    private final ApiKeys keys;
    private final ShopClock clock;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    ApiKeyService(ApiKeys keys, ShopClock clock, AuditLog audit) {
        this.keys = keys;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public Issued create(String name, boolean canRead, boolean canWrite, CurrentUser user) {
        requireAdmin(user);
        String trimmed = name == null ? "" : name.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            problems.add(FieldProblem.rule("name", "must be 1 to " + MAX_NAME + " characters",
                    "rule.partner-name", MAX_NAME));
        }
        if (!canRead && !canWrite) {
            problems.add(FieldProblem.rule("scopes", "must include read, write or both", "rule.partner-scopes"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        byte[] prefixBytes = new byte[4];
        random.nextBytes(prefixBytes);
        String prefix = HexFormat.of().formatHex(prefixBytes);
        String key = KEY_START + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey saved = keys.save(new ApiKey(trimmed, prefix, Sha256.hex(key), canRead, canWrite, user.id(),
                clock.now()));
        audit.record(user.id(), "API_KEY_CREATED", null, trimmed + " (" + prefix + "), "
                + (canRead ? "read" : "") + (canRead && canWrite ? " and " : "") + (canWrite ? "write" : ""));
        return new Issued(saved.view(), key);
    }

    /** Keeps a key whose text is known in advance (the demo key); does nothing when it exists. */
    @Transactional
    public void ensure(String key, String name) {
        String prefix = prefixOf(key).orElseThrow(() -> new IllegalArgumentException("Not an API key: " + name));
        if (keys.findByPrefix(prefix).isEmpty()) {
            keys.save(new ApiKey(name, prefix, Sha256.hex(key), true, true, "system", clock.now()));
        }
    }

    @Transactional
    public void revoke(long id, CurrentUser user) {
        requireAdmin(user);
        ApiKey key = keys.findById(id).orElseThrow(() -> new NotFoundException("No API key " + id));
        if (key.revoke(user.id(), clock.now())) {
            audit.record(user.id(), "API_KEY_REVOKED", null, key.name());
        }
    }

    @Transactional(readOnly = true)
    public List<ApiKeyView> list(CurrentUser user) {
        requireAdmin(user);
        return keys.findAllByOrderByCreatedAtDescIdDesc().stream().map(ApiKey::view).toList();
    }

    /** The partner behind a presented key, when it is a real key and not revoked; notes its use. */
    @Transactional
    public Optional<PartnerKey> authenticate(String presented) {
        Optional<ApiKey> key = prefixOf(presented).flatMap(keys::findByPrefix)
                .filter(k -> Sha256.same(k.keyHash(), Sha256.hex(presented)) && !k.isRevoked());
        key.ifPresent(k -> {
            Instant now = clock.now();
            keys.markUsed(k.id(), now, now.minus(USE_NOTED_EVERY));
        });
        return key.map(ApiKey::asPartner);
    }

    private static Optional<String> prefixOf(String key) {
        if (key == null || !key.startsWith(KEY_START) || key.length() < KEY_START.length() + 10
                || key.charAt(KEY_START.length() + 8) != '_') {
            return Optional.empty();
        }
        return Optional.of(key.substring(KEY_START.length(), KEY_START.length() + 8));
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only an admin manages partner keys and webhooks");
        }
    }
}

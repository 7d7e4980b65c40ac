package com.orderflow.tracking;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.platform.ShopClock;

/**
 * The HMAC key that signs tracking tokens. A configured {@code orderflow.tracking.secret} wins: it
 * lives outside the database, so a copy of the database alone cannot rebuild a working link. Without
 * one, the key is generated once and kept in {@code tracking_secret}, which every node reads.
 */
@Component
class TrackingSecret {
    static final int MIN_CONFIGURED_LENGTH = 32;
    private static final int GENERATED_BYTES = 32;

    private final String configured;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final ShopClock clock;
    private final SecureRandom random = new SecureRandom();
    // Only a copy of what the database (or configuration) holds: any node can rebuild it.
    private volatile byte[] key;

    TrackingSecret(@Value("${orderflow.tracking.secret:}") String configured, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, ShopClock clock) {
        if (!configured.isBlank() && configured.length() < MIN_CONFIGURED_LENGTH) {
            throw new IllegalStateException("orderflow.tracking.secret must be at least " + MIN_CONFIGURED_LENGTH
                    + " characters (or empty, to keep a generated key in the database)");
        }
        this.configured = configured;
        this.jdbc = jdbc;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        // A failed INSERT aborts a PostgreSQL transaction; the caller's must not be the one.
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = configured.isBlank() ? sharedKey() : configured.getBytes(StandardCharsets.UTF_8);
            key = current;
        }
        return current;
    }

    private byte[] sharedKey() {
        String stored = read();
        if (stored == null) {
            byte[] fresh = new byte[GENERATED_BYTES];
            random.nextBytes(fresh);
            try {
                separateTransaction.executeWithoutResult(status -> jdbc.update(
                        "INSERT INTO tracking_secret (id, secret, created_at) VALUES (1, ?, ?)",
                        Base64.getEncoder().encodeToString(fresh), Timestamp.from(clock.now())));
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // its key is the one every node uses; read it below
            }
            stored = read();
        }
        return Base64.getDecoder().decode(stored);
    }

    private String read() {
        List<String> rows = separateTransaction.execute(status ->
                jdbc.queryForList("SELECT secret FROM tracking_secret WHERE id = 1", String.class));
        return rows == null || rows.isEmpty() ? null : rows.get(0);
    }
}

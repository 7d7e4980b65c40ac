package com.orderflow.tracking;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.bootstrap.StartupStep;

/**
 * The HMAC key that signs tracking tokens. A configured {@code orderflow.tracking.secret} wins: it
 * lives outside the database, so a copy of the database alone cannot rebuild a working link. Without
 * one, the key is generated once and kept in {@code tracking_secret}, which every node reads.
 */
@Component
class TrackingSecret implements StartupStep {
    static final int MIN_CONFIGURED_LENGTH = 32;
    private static final int GENERATED_BYTES = 32;

    private final String configured;
    private final JdbcTemplate jdbc;
    private final ShopClock clock;
    private final SecureRandom random = new SecureRandom();
    // Only a copy of what the database (or configuration) holds: any node can rebuild it.
    private volatile byte[] key;

    TrackingSecret(@Value("${orderflow.tracking.secret:}") String configured, JdbcTemplate jdbc, ShopClock clock) {
        if (!configured.isBlank() && configured.length() < MIN_CONFIGURED_LENGTH) {
            throw new IllegalStateException("orderflow.tracking.secret must be at least " + MIN_CONFIGURED_LENGTH
                    + " characters (or empty, to keep a generated key in the database)");
        }
        this.configured = configured;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reads or makes the key before any request, outside any transaction that could roll it back. */
    @Override
    public void run() {
        key();
    }

    byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = configured.isBlank() ? sharedKey() : configured.getBytes(StandardCharsets.UTF_8);
            key = current;
        }
        return current;
    }

    /**
     * At start-up, on its own (see {@link #run()}). Should a caller's transaction ever get here, it
     * needs no second connection: a node that generates the key at the same moment makes the INSERT
     * wait for its commit and then do nothing (the caller's transaction stays usable), and its key is
     * the one read back.
     */
    private byte[] sharedKey() {
        String stored = read();
        if (stored == null) {
            byte[] fresh = new byte[GENERATED_BYTES];
            random.nextBytes(fresh);
            jdbc.update("INSERT INTO tracking_secret (id, secret, created_at) VALUES (1, ?, ?) ON CONFLICT DO NOTHING",
                    Base64.getEncoder().encodeToString(fresh), Timestamp.from(clock.now()));
            stored = read();
        }
        return Base64.getDecoder().decode(stored);
    }

    private String read() {
        List<String> rows = jdbc.queryForList("SELECT secret FROM tracking_secret WHERE id = 1", String.class);
        return rows.isEmpty() ? null : rows.get(0);
    }
}

package com.orderflow.customers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time sign-in code sent to a phone. Only a salted hash of the code is kept. The code works
 * once, until it expires, and dies at its last wrong try.
 */
@Entity
@Table(name = "customer_sign_in_code")
class SignInCode {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String phone;
    private String salt;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    private int attempts;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "requested_ip")
    private String requestedIp;

    protected SignInCode() {
    }

    SignInCode(String phone, String salt, String codeHash, Instant now, Instant expiresAt, String requestedIp) {
        this.phone = phone;
        this.salt = salt;
        this.codeHash = codeHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.requestedIp = requestedIp;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean isUsed() {
        return usedAt != null;
    }

    /** Counts a try; answers whether it matched. */
    boolean tryWith(String hash, int maxTries) {
        attempts++;
        return attempts <= maxTries && java.security.MessageDigest.isEqual(
                hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                codeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    int triesLeft(int maxTries) {
        return Math.max(0, maxTries - attempts);
    }

    void use(Instant now) {
        usedAt = now;
    }

    String phone() {
        return phone;
    }

    String salt() {
        return salt;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}

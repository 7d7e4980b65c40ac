package com.orderflow.tracking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tracking tokens: 128 random bits (the seed) followed by the first 128 bits of their HMAC-SHA256
 * under the {@link TrackingSecret}, base64url without padding (43 characters). The token carries
 * nothing about the order; the signature lets a forged or altered token be turned away before the
 * database is asked, and lets a stored seed be turned back into its link only by a holder of the key.
 */
@Component
class TokenSigner {
    static final int SEED_BYTES = 16;
    static final int MAC_BYTES = 16;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    // Binds the MAC to this use, so the key could sign other things later without confusion.
    private static final String TRACKING_CONTEXT = "orderflow-tracking-v1:";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final TrackingSecret secret;
    private final byte[] context;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    TokenSigner(TrackingSecret secret) {
        this(secret, TRACKING_CONTEXT);
    }

    /** A signer for another use of the same key ({@link SignedTokens}): its tokens are never a tracking token. */
    TokenSigner(TrackingSecret secret, String context) {
        this.secret = secret;
        this.context = context.getBytes(StandardCharsets.US_ASCII);
    }

    /** A fresh random seed, base64url. */
    String newSeed() {
        byte[] seed = new byte[SEED_BYTES];
        random.nextBytes(seed);
        return URL.encodeToString(seed);
    }

    /** The token of a seed: the same seed always gives the same token under the same key. */
    String tokenOf(String seed) {
        byte[] seedBytes = Base64.getUrlDecoder().decode(seed);
        byte[] token = Arrays.copyOf(seedBytes, SEED_BYTES + MAC_BYTES);
        System.arraycopy(mac(seedBytes), 0, token, SEED_BYTES, MAC_BYTES);
        return URL.encodeToString(token);
    }

    /**
     * The token's hash when it is well formed and signed with our key; empty for anything else, so
     * that callers treat malformed and tampered tokens alike.
     */
    Optional<String> verifiedHash(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        if (!URL.encodeToString(bytes).equals(token)) {
            // the last character has two spare bits; only the one spelling we issued is a token
            return Optional.empty();
        }
        byte[] expected = Arrays.copyOf(mac(Arrays.copyOf(bytes, SEED_BYTES)), MAC_BYTES);
        byte[] given = Arrays.copyOfRange(bytes, SEED_BYTES, SEED_BYTES + MAC_BYTES);
        // constant time: the answer's timing must not tell how much of a guess was right
        return MessageDigest.isEqual(expected, given) ? Optional.of(hash(token)) : Optional.empty();
    }

    /** What is stored to find a token: SHA-256 of its text, hex. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private byte[] mac(byte[] seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            mac.update(context);
            return mac.doFinal(seed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}

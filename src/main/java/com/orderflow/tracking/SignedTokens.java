package com.orderflow.tracking;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Unguessable, signed link tokens like the tracking link's, for other modules' public links (a
 * vendor's purchase order, a customer's installation slot, a warranty card): 128 random bits and
 * their HMAC under the tracking key, bound to a purpose so that a token of one purpose is never
 * accepted for another. The caller keeps the seed (to print the link again) and the hash (to find
 * the row a presented token belongs to); the token itself is never stored.
 */
@Component
public class SignedTokens {
    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z-]{1,30}");

    private final TrackingSecret secret;
    private final Map<String, TokenSigner> signers = new ConcurrentHashMap<>();

    SignedTokens(TrackingSecret secret) {
        this.secret = secret;
    }

    /** A fresh token: its seed (kept by the caller), the token for the link, and its hash (kept, to find it). */
    public Issued issue(String purpose) {
        TokenSigner signer = signer(purpose);
        String seed = signer.newSeed();
        String token = signer.tokenOf(seed);
        return new Issued(seed, token, TokenSigner.hash(token));
    }

    /** The token of a kept seed, to print its link again. */
    public String tokenOf(String purpose, String seed) {
        return signer(purpose).tokenOf(seed);
    }

    /** The hash to look the token up by, when it is well formed and signed for this purpose; else empty. */
    public Optional<String> verifiedHash(String purpose, String token) {
        return signer(purpose).verifiedHash(token);
    }

    private TokenSigner signer(String purpose) {
        if (!PURPOSE.matcher(purpose).matches() || "tracking".equals(purpose)) {
            throw new IllegalArgumentException("Not a token purpose: " + purpose);
        }
        return signers.computeIfAbsent(purpose, p -> new TokenSigner(secret, "orderflow-" + p + "-v1:"));
    }

    /**
     * @param seed  keep it to print the link again ({@link SignedTokens#tokenOf})
     * @param token goes into the link; never stored
     * @param hash  keep it to find the row of a presented token
     */
    public record Issued(String seed, String token, String hash) {
    }
}

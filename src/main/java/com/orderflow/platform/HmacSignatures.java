package com.orderflow.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures as partners send them: hex HMAC-SHA256 of the raw body under a shared secret.
 * Compared in constant time, so that an answer's timing never tells how much of a forgery was right.
 */
public final class HmacSignatures {
    private HmacSignatures() {
    }

    /** Hex HMAC-SHA256 of {@code body} under {@code secret}. */
    public static String hex(String secret, byte[] body) {
        return HexFormat.of().formatHex(mac(secret, body));
    }

    /** Whether {@code signature} is the body's hex HMAC under the secret; false for a blank secret or signature. */
    public static boolean matches(String secret, byte[] body, String signature) {
        if (secret == null || secret.isBlank() || signature == null || signature.isBlank()) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(secret, body), given);
    }

    private static byte[] mac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}

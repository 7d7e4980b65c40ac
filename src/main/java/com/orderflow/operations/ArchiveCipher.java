package com.orderflow.operations;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An archive encrypted for the off-site copy with AES-256-GCM, in segments of 1 MiB so that neither
 * side holds a whole archive in memory (the JDK's GCM keeps everything until the tag is checked).
 * The construction is the STREAM scheme used by Tink and age: each segment has its own tag and a
 * nonce made of a random prefix, the segment's number and a last-segment flag, and the header is
 * authenticated with every segment. So a wrong key, an altered byte, segments cut off, reordered or
 * appended are each refused, and the header names the key (a key id, not the key) so that a wrong
 * key is told apart from damage.
 * <pre>
 * "OFBKENC1" | key id (8) | nonce prefix (7) | segment size (4) | segment 0 + tag | … | last segment + tag
 * </pre>
 */
final class ArchiveCipher {
    private static final byte[] MAGIC = "OFBKENC1".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_ID_BYTES = 8;
    private static final int PREFIX_BYTES = 7;
    private static final int HEADER_BYTES = MAGIC.length + KEY_ID_BYTES + PREFIX_BYTES + 4;
    private static final int SEGMENT = 1 << 20;
    private static final int TAG_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final byte[] keyId;

    /** @param base64Key 16, 24 or 32 bytes, base64 ({@code openssl rand -base64 32}) */
    ArchiveCipher(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ORDERFLOW_BACKUP_KEY is not base64 (make one with: openssl rand -base64 32)");
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalArgumentException("ORDERFLOW_BACKUP_KEY must be 16, 24 or 32 bytes in base64, is "
                    + raw.length + " bytes (make one with: openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.keyId = keyId(raw);
    }

    /** True if the file starts like an archive of this format. */
    static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    void encrypt(Path plain, Path encrypted) throws IOException {
        byte[] prefix = new byte[PREFIX_BYTES];
        RANDOM.nextBytes(prefix);
        byte[] header = header(prefix);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(plain));
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(encrypted), 1 << 16)) {
            out.write(header);
            byte[] current = in.readNBytes(SEGMENT);
            for (int index = 0; ; index++) {
                byte[] next = current.length == SEGMENT ? in.readNBytes(SEGMENT) : new byte[0];
                boolean last = next.length == 0;
                out.write(cipher(Cipher.ENCRYPT_MODE, header, prefix, index, last).doFinal(current));
                if (last) {
                    break;
                }
                current = next;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java", e);
        }
    }

    /** Decrypts an archive, or says why not (wrong key, altered or truncated, not this format); {@code plain} may be partly written then. */
    void decrypt(Path encrypted, Path plain) throws IOException, BadArchiveException {
        String name = encrypted.getFileName().toString();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(encrypted), 1 << 16));
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(plain), 1 << 16)) {
            byte[] header = new byte[HEADER_BYTES];
            try {
                in.readFully(header);
            } catch (EOFException e) {
                throw new BadArchiveException(name + " is not an encrypted orderflow backup (too short)");
            }
            if (!Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
                throw new BadArchiveException(name + " is not an encrypted orderflow backup");
            }
            if (!MessageDigest.isEqual(Arrays.copyOfRange(header, MAGIC.length, MAGIC.length + KEY_ID_BYTES), keyId)) {
                throw new BadArchiveException(name + " was encrypted with another key than ORDERFLOW_BACKUP_KEY");
            }
            byte[] prefix = Arrays.copyOfRange(header, MAGIC.length + KEY_ID_BYTES, MAGIC.length + KEY_ID_BYTES + PREFIX_BYTES);
            int segment = ByteBuffer.wrap(header, HEADER_BYTES - 4, 4).getInt();
            if (segment != SEGMENT) {
                throw new BadArchiveException(name + " was altered: its header is not one this orderflow writes");
            }
            byte[] current = in.readNBytes(SEGMENT + TAG_BYTES);
            for (int index = 0; ; index++) {
                byte[] next = current.length == SEGMENT + TAG_BYTES ? in.readNBytes(SEGMENT + TAG_BYTES) : new byte[0];
                boolean last = next.length == 0;
                try {
                    out.write(cipher(Cipher.DECRYPT_MODE, header, prefix, index, last).doFinal(current));
                } catch (AEADBadTagException e) {
                    throw new BadArchiveException(name + " is truncated or was altered (segment " + index
                            + " does not authenticate)", e);
                }
                if (last) {
                    return;
                }
                current = next;
            }
        } catch (GeneralSecurityException e) {
            throw new BadArchiveException(name + " cannot be decrypted: " + e.getMessage(), e);
        }
    }

    private Cipher cipher(int mode, byte[] header, byte[] prefix, int index, boolean last) throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).put((byte) (last ? 1 : 0)).array();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(header);
        return cipher;
    }

    private byte[] header(byte[] prefix) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.write(keyId);
        out.write(prefix);
        out.writeInt(SEGMENT);
        return bytes.toByteArray();
    }

    /** Names the key without revealing it: the first bytes of an HMAC of a fixed text under the key. */
    private static byte[] keyId(byte[] raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(raw, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal("orderflow backup key id".getBytes(StandardCharsets.US_ASCII)), KEY_ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.orderflow.operations;

import java.time.Duration;

/** Points the shared context's off-site copy at a test store, and back (as FakeTwilio does for Twilio). */
public final class OffsiteStores {
    public static final String BUCKET = "orderflow-test";
    public static final String KEY = java.util.Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private OffsiteStores() {
    }

    /** An S3-compatible store at {@code endpoint}, tried {@code attempts} times a few milliseconds apart. */
    public static BackupSettings.Offsite at(String endpoint, int attempts) {
        return new BackupSettings.Offsite(BUCKET, "shop-1/", endpoint, "us-east-1", true, "test-access", "test-secret", KEY,
                attempts, Duration.ofMillis(20));
    }

    public static void use(OffsiteCopy copy, BackupSettings.Offsite store) {
        copy.use(store);
    }

    public static BackupSettings.Offsite current(OffsiteCopy copy) {
        return copy.settings();
    }

    /** Decrypts an off-site copy as a restore would. */
    public static void decrypt(java.nio.file.Path encrypted, java.nio.file.Path plain) throws Exception {
        new ArchiveCipher(KEY).decrypt(encrypted, plain);
    }

    public static software.amazon.awssdk.services.s3.S3Client client(BackupSettings.Offsite store) {
        return OffsiteCopy.client(store);
    }

    public static Manifest verify(java.nio.file.Path archive) throws BadArchiveException {
        return ArchiveReader.verify(archive);
    }

    public static void extract(java.nio.file.Path archive, java.nio.file.Path database, java.nio.file.Path files)
            throws java.io.IOException {
        ArchiveReader.extract(archive, database, files);
    }
}

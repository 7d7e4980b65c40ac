package com.orderflow.operations;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The off-site copy (K12's "cloud backup"): every archive in the backups folder that has not reached
 * the store yet is encrypted ({@link ArchiveCipher}, the key from {@code ORDERFLOW_BACKUP_KEY}) and
 * put into an S3-compatible bucket as {@code <prefix><archive>.enc}. A failed upload is tried again
 * after a growing wait; after the last try the caller raises an admin task. The local archive is
 * never touched: only the retention deletes archives.
 */
@Component
public class OffsiteCopy {
    private static final Logger log = LoggerFactory.getLogger(OffsiteCopy.class);
    static final String SUFFIX = ".enc";

    private final BackupSettings settings;
    private volatile BackupSettings.Offsite offsite;

    OffsiteCopy(BackupSettings settings) {
        this.settings = settings;
        this.offsite = settings.offsite();
    }

    public boolean configured() {
        return offsite.configured();
    }

    BackupSettings.Offsite settings() {
        return offsite;
    }

    /** Another store from now on (the tests' S3-compatible server, an unreachable one). */
    void use(BackupSettings.Offsite store) {
        this.offsite = store;
    }

    /** Uploads what is not yet off-site, oldest first; returns the object keys written. */
    public List<String> uploadPending() throws OffsiteFailedException {
        BackupSettings.Offsite offsite = this.offsite;
        BackupFolder folder = new BackupFolder(settings.folder());
        List<BackupFolder.Archive> pending = new ArrayList<>(folder.archives().stream()
                .filter(archive -> archive.offsiteKey() == null).toList());
        pending.sort(Comparator.comparing(BackupFolder.Archive::madeAt));
        List<String> written = new ArrayList<>();
        if (pending.isEmpty()) {
            return written;
        }
        ArchiveCipher cipher;
        try {
            cipher = new ArchiveCipher(offsite.key());
        } catch (IllegalArgumentException e) {
            throw new OffsiteFailedException("No off-site copy without a valid key: " + e.getMessage(), e);
        }
        try (S3Client s3 = client(offsite)) {
            for (BackupFolder.Archive archive : pending) {
                String key = offsite.prefix() + archive.name() + SUFFIX;
                upload(s3, cipher, archive, key, offsite);
                try {
                    folder.markOffsite(archive, "s3://" + offsite.bucket() + "/" + key);
                } catch (IOException e) {
                    log.warn("{} reached the store, but its marker could not be written: {}", archive.name(), e.getMessage());
                }
                written.add(key);
            }
        }
        return written;
    }

    private void upload(S3Client s3, ArchiveCipher cipher, BackupFolder.Archive archive, String key,
            BackupSettings.Offsite offsite) throws OffsiteFailedException {
        Duration wait = offsite.retryWait();
        Exception last = null;
        for (int attempt = 1; attempt <= Math.max(1, offsite.attempts()); attempt++) {
            Path encrypted = archive.path().resolveSibling("." + archive.name() + SUFFIX + ".partial");
            try {
                cipher.encrypt(archive.path(), encrypted);
                s3.putObject(PutObjectRequest.builder().bucket(offsite.bucket()).key(key).build(),
                        RequestBody.fromFile(encrypted));
                log.info("Off-site copy of {} written to s3://{}/{} (attempt {})", archive.name(), offsite.bucket(), key,
                        attempt);
                return;
            } catch (IOException | RuntimeException e) {
                last = e;
                log.warn("Off-site copy of {} failed (attempt {} of {}): {}", archive.name(), attempt, offsite.attempts(),
                        e.getMessage());
            } finally {
                try {
                    Files.deleteIfExists(encrypted);
                } catch (IOException ignored) {
                    // only the temporary encrypted copy; the archive itself is untouched
                }
            }
            if (attempt < offsite.attempts()) {
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
        throw new OffsiteFailedException("The off-site copy of " + archive.name() + " to bucket " + offsite.bucket()
                + " failed " + offsite.attempts() + " times; the last error: " + describe(last)
                + ". The archive is kept in " + archive.path().getParent() + ".", last);
    }

    static S3Client client(BackupSettings.Offsite offsite) {
        AwsCredentialsProvider credentials = offsite.accessKey().isBlank() ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(offsite.accessKey(), offsite.secretKey()));
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(offsite.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(offsite.pathStyle())
                // S3-compatible stores (B2, MinIO) do not all know the newer default checksums
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(configuration -> configuration.apiCallAttemptTimeout(Duration.ofMinutes(5)));
        if (!offsite.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(offsite.endpoint()));
        }
        return builder.build();
    }

    private static String describe(Exception e) {
        if (e == null) {
            return "none";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

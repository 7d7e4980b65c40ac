package com.orderflow.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups, their off-site copies and the nightly consistency check ({@code orderflow.operations}).
 *
 * @param dataFolder the app's data folder: everything under it but the database and the backups
 *                   themselves is the "files" part of an archive (print queue, proofs, photos, slips)
 * @param folder     where archives are kept ({@code ./data/backups})
 * @param at         the nightly backup, shop time
 * @param checkAt    the nightly consistency check, shop time
 * @param keepDaily  how many days' newest archive are kept
 * @param keepWeekly how many weeks' newest archive are kept (beyond the daily ones)
 * @param offsite    the encrypted copy in S3-compatible storage
 */
@ConfigurationProperties(prefix = "orderflow.operations")
public record BackupSettings(
        @DefaultValue("./data") Path dataFolder,
        @DefaultValue("./data/backups") Path folder,
        @DefaultValue("02:00") LocalTime at,
        @DefaultValue("03:00") LocalTime checkAt,
        @DefaultValue("14") int keepDaily,
        @DefaultValue("8") int keepWeekly,
        @DefaultValue Offsite offsite) {

    /**
     * @param bucket    empty = no off-site copy
     * @param endpoint  empty = AWS S3; else e.g. {@code https://s3.eu-central-003.backblazeb2.com} or a MinIO
     * @param key       base64 of a 256-bit AES key ({@code openssl rand -base64 32}); archives are never
     *                  uploaded without it
     * @param attempts  tries per upload before an admin gets a task
     * @param retryWait the wait after the first failed try, doubled after each further one
     */
    public record Offsite(
            @DefaultValue("") String bucket,
            @DefaultValue("orderflow/") String prefix,
            @DefaultValue("") String endpoint,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("false") boolean pathStyle,
            @DefaultValue("") String accessKey,
            @DefaultValue("") String secretKey,
            @DefaultValue("") String key,
            @DefaultValue("3") int attempts,
            @DefaultValue("PT10S") Duration retryWait) {

        public boolean configured() {
            return !bucket.isBlank();
        }
    }
}

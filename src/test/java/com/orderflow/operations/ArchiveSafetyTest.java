package com.orderflow.operations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.orderflow.platform.database.EmbeddedDatabase;

/**
 * What a restore refuses, before it changes anything (issue 17, bad input): a truncated, altered or
 * foreign archive, a wrong or missing key, and a database folder an app is running on. And the
 * archive's retention, and a restore of a good archive setting the replaced data aside.
 */
class ArchiveSafetyTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

    @TempDir
    Path shop;

    @Test
    void aGoodArchiveIsRestoredAndTheReplacedDataIsSetAsideNotDeleted() throws Exception {
        Path archive = archive(shop.resolve("orderflow-20261124-020000.zip"), "restored slip");
        Files.createDirectories(shop.resolve("data/postgres/data"));
        Files.writeString(shop.resolve("data/postgres/data/PG_VERSION"), "17\n");
        Files.writeString(shop.resolve("data/postgres/data/current"), "today's database");
        Files.createDirectories(shop.resolve("data/print-queue"));
        Files.writeString(shop.resolve("data/print-queue/slip.pdf"), "today's slip");

        Restore.Restored restored = restore(null).run(archive);

        assertEquals("backup's database", Files.readString(shop.resolve("data/postgres/data/marker")));
        assertFalse(Files.exists(shop.resolve("data/postgres/data/current")), "the database is the archive's, whole");
        assertEquals("restored slip", Files.readString(shop.resolve("data/print-queue/slip.pdf")));
        assertEquals("today's database", Files.readString(restored.setAside().resolve("postgres-data/current")));
        assertEquals("today's slip", Files.readString(restored.setAside().resolve("files/print-queue/slip.pdf")));
        assertTrue(Files.readString(shop.resolve("data/backups/" + BackupFolder.RESTORED_MARKER)).contains(archive.getFileName().toString()),
                "the next start is told to check the restored data");
    }

    @Test
    void aTruncatedArchiveIsRefusedAndNothingChanges() throws Exception {
        Path archive = archive(shop.resolve("orderflow-20261124-020000.zip"), "slip");
        byte[] whole = Files.readAllBytes(archive);
        Path truncated = shop.resolve("truncated.zip");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        assertRefusedUntouched(truncated, null, "truncated or damaged");
    }

    @Test
    void anArchiveAlteredInsideIsRefusedAndNothingChanges() throws Exception {
        Path archive = archive(shop.resolve("orderflow-20261124-020000.zip"), "slip");
        // a copy whose slip differs from what the manifest says: as if one entry had been swapped
        Path altered = shop.resolve("altered.zip");
        try (ArchiveWriter writer = new ArchiveWriter(altered)) {
            writer.bytes(Manifest.DATABASE + "PG_VERSION", "17\n".getBytes());
            writer.bytes(Manifest.DATABASE + "backup_label", "label".getBytes());
            writer.bytes(Manifest.FILES + "print-queue/slip.pdf", "forged".getBytes());
            Manifest original = ArchiveReader.verify(archive);
            writer.finish(entries -> original);
        }
        assertRefusedUntouched(altered, null, "does not match the checksum");
    }

    @Test
    void aForeignZipAndAFileThatIsNoArchiveAreRefused() throws Exception {
        Path foreign = shop.resolve("holiday-photos.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(foreign))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("beach.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertRefusedUntouched(foreign, null, "not an orderflow backup");
        Path text = shop.resolve("notes.txt");
        Files.writeString(text, "not an archive at all");
        assertRefusedUntouched(text, null, "not an archive");
    }

    @Test
    void anEncryptedArchiveNeedsItsOwnKeyAndIsRefusedTruncated() throws Exception {
        Path archive = archive(shop.resolve("orderflow-20261124-020000.zip"), "slip");
        Path encrypted = shop.resolve("orderflow-20261124-020000.zip.enc");
        new ArchiveCipher(KEY).encrypt(archive, encrypted);

        assertRefusedUntouched(encrypted, null, "is encrypted: set ORDERFLOW_BACKUP_KEY");
        assertRefusedUntouched(encrypted, OTHER_KEY, "encrypted with another key");
        byte[] whole = Files.readAllBytes(encrypted);
        Path cut = shop.resolve("cut.zip.enc");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 5));
        assertRefusedUntouched(cut, KEY, "truncated or was altered");

        restore(KEY).run(encrypted);
        assertEquals("slip", Files.readString(shop.resolve("data/print-queue/slip.pdf")), "the right key restores it");
    }

    @Test
    void encryptionRoundTripsAnArchiveOfManySegments() throws Exception {
        byte[] plain = new byte[(3 << 20) + 12345];
        new Random(7).nextBytes(plain);
        Path in = Files.write(shop.resolve("in.bin"), plain);
        Path encrypted = shop.resolve("in.enc");
        Path out = shop.resolve("out.bin");
        ArchiveCipher cipher = new ArchiveCipher(KEY);
        cipher.encrypt(in, encrypted);
        cipher.decrypt(encrypted, out);
        assertArrayEquals(plain, Files.readAllBytes(out));
        // the whole last segment cut off: the previous one was not written as the last, so this is refused too
        byte[] whole = Files.readAllBytes(encrypted);
        Files.write(encrypted, java.util.Arrays.copyOf(whole, 27 + 3 * ((1 << 20) + 16)));
        assertThrows(BadArchiveException.class, () -> cipher.decrypt(encrypted, out));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveCipher("c2hvcnQ="), "a key of 5 bytes");
    }

    @Test
    void aRestoreIsRefusedWhileAnAppRunsOnTheDatabaseFolder() throws Exception {
        Path archive = archive(shop.resolve("orderflow-20261124-020000.zip"), "slip");
        Path database = shop.resolve("data/postgres");
        Files.createDirectories(database.resolve("data"));
        Files.writeString(database.resolve("data/current"), "today's database");
        // the running app's lock, taken from another JVM-wide channel as a second process would hold it
        try (FileChannel channel = FileChannel.open(database.resolve(EmbeddedDatabase.LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            RestoreRefusedException refused = assertThrows(RestoreRefusedException.class, () -> restore(null).run(archive));
            assertTrue(refused.getMessage().contains("running"), refused.getMessage());
        }
        assertEquals("today's database", Files.readString(database.resolve("data/current")), "nothing overwritten");
    }

    @Test
    void theRetentionKeepsTheNewestOfEachRecentDayAndWeek() {
        List<LocalDateTime> made = new java.util.ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 9, 1, 2, 0);
        for (int day = 0; day < 60; day++) {
            made.add(start.plusDays(day));
        }
        made.add(start.plusDays(59).plusHours(12)); // a "Back up now" on the last day
        List<LocalDateTime> deleted = new Retention(14, 8).toDelete(made, at -> at);
        List<LocalDateTime> kept = made.stream().filter(at -> !deleted.contains(at)).sorted().toList();
        assertTrue(kept.contains(start.plusDays(59).plusHours(12)), "the newest is kept");
        assertFalse(kept.contains(start.plusDays(59)), "an older one of the same day goes");
        assertEquals(14, kept.stream().filter(at -> at.isAfter(start.plusDays(45).minusHours(1))).count(), "14 daily");
        assertEquals(14 + 5, kept.size(), "and the newest of each of 8 weeks, three of which are daily ones already");
    }

    private void assertRefusedUntouched(Path archive, String key, String why) throws IOException {
        Path slip = shop.resolve("data/print-queue/slip.pdf");
        Files.createDirectories(slip.getParent());
        Files.writeString(slip, "today's slip");
        Exception refused = assertThrows(Exception.class, () -> restore(key).run(archive));
        assertTrue(refused instanceof BadArchiveException, refused.toString());
        assertTrue(refused.getMessage().contains(why), refused.getMessage());
        assertEquals("today's slip", Files.readString(slip, StandardCharsets.UTF_8), "nothing overwritten");
        assertFalse(Files.exists(shop.resolve("data/postgres/data/marker")), "no database unpacked");
    }

    private Restore restore(String key) {
        return new Restore(shop.resolve("data"), shop.resolve("data/postgres"), shop.resolve("data/backups"), key);
    }

    /** A small archive as the app writes one: a stand-in database folder and one slip. */
    private static Path archive(Path target, String slip) throws IOException {
        try (ArchiveWriter writer = new ArchiveWriter(target)) {
            writer.folder(Manifest.DATABASE + "pg_wal");
            writer.bytes(Manifest.DATABASE + "PG_VERSION", "17\n".getBytes());
            writer.bytes(Manifest.DATABASE + "backup_label", "START WAL LOCATION: 0/2000028".getBytes());
            writer.bytes(Manifest.DATABASE + "marker", "backup's database".getBytes());
            writer.folder(Manifest.FILES + "print-queue");
            writer.bytes(Manifest.FILES + "print-queue/slip.pdf", slip.getBytes());
            writer.finish(entries -> new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, "test", Instant.now(),
                    "2026-11-24T02:00+05:30[Asia/Kolkata]", ArchiveReader.POSTGRES_MAJOR, "1", "0/2000028", "0/2000100", entries));
        }
        return target;
    }
}

package com.orderflow.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import com.orderflow.platform.database.EmbeddedDatabase;

/**
 * Puts an archive back on the laptop default, with the app stopped. Everything that can go wrong
 * before anything is changed is checked first: the archive is read whole and checked against its
 * manifest (decrypted first if it is an off-site copy), and the database folder is held as a
 * starting app holds it, which fails while an app or its database server runs there. Only then are
 * the database and the files unpacked beside the current ones and swapped in by renames; the
 * current ones are set aside in {@code data/before-restore-<time>/}, never deleted.
 */
public final class Restore {
    static final String SET_ASIDE_PREFIX = "before-restore-";
    private static final String STAGING_PREFIX = ".restoring-";

    /** What was restored, where the replaced data went, and how long it took. */
    public record Restored(Manifest manifest, Path setAside, Duration took) {
    }

    private final Path dataFolder;
    private final Path databaseFolder;
    private final Path backupsFolder;
    private final String key;

    public Restore(Path dataFolder, Path databaseFolder, Path backupsFolder, String key) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        this.databaseFolder = databaseFolder.toAbsolutePath().normalize();
        this.backupsFolder = backupsFolder.toAbsolutePath().normalize();
        this.key = key;
    }

    public Restored run(Path archive) throws BadArchiveException, RestoreRefusedException, IOException {
        long began = System.nanoTime();
        if (!Files.isRegularFile(archive)) {
            throw new BadArchiveException("There is no archive " + archive.toAbsolutePath());
        }
        Path decrypted = null;
        try {
            Path zip = archive;
            if (ArchiveCipher.isEncrypted(archive)) {
                decrypted = decrypt(archive);
                zip = decrypted;
            }
            Manifest manifest = ArchiveReader.verify(zip);
            AutoCloseable held = holdStopped();
            try {
                Path setAside = swapIn(zip, archive.getFileName().toString(), manifest);
                return new Restored(manifest, setAside, Duration.ofNanos(System.nanoTime() - began));
            } finally {
                release(held);
            }
        } finally {
            if (decrypted != null) {
                Files.deleteIfExists(decrypted);
            }
        }
    }

    private Path decrypt(Path archive) throws IOException, BadArchiveException {
        if (key == null || key.isBlank()) {
            throw new BadArchiveException(archive.getFileName() + " is encrypted: set ORDERFLOW_BACKUP_KEY to the key "
                    + "it was made with");
        }
        ArchiveCipher cipher;
        try {
            cipher = new ArchiveCipher(key);
        } catch (IllegalArgumentException e) {
            throw new BadArchiveException(e.getMessage());
        }
        Files.createDirectories(dataFolder);
        Path plain = Files.createTempFile(dataFolder, STAGING_PREFIX, ".zip");
        cipher.decrypt(archive, plain);
        return plain;
    }

    private AutoCloseable holdStopped() throws RestoreRefusedException, IOException {
        try {
            return EmbeddedDatabase.holdStopped(databaseFolder);
        } catch (IllegalStateException e) {
            throw new RestoreRefusedException(e.getMessage());
        }
    }

    private static void release(AutoCloseable held) throws IOException {
        try {
            held.close();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Unpacks beside the current data, then swaps by renames; returns where the replaced data went. */
    private Path swapIn(Path zip, String archiveName, Manifest manifest) throws IOException {
        String stamp = BackupFolder.STAMP.format(LocalDateTime.now());
        Path newDatabase = databaseFolder.resolve(STAGING_PREFIX + "data-" + stamp);
        Path newFiles = dataFolder.resolve(STAGING_PREFIX + "files-" + stamp);
        Path setAside = dataFolder.resolve(SET_ASIDE_PREFIX + stamp);
        try {
            ArchiveReader.extract(zip, newDatabase, newFiles);
        } catch (IOException | RuntimeException e) {
            deleteTree(newDatabase);
            deleteTree(newFiles);
            throw e;
        }
        Files.createDirectories(setAside.resolve("files"));
        Path database = databaseFolder.resolve("data");
        if (Files.exists(database)) {
            Files.move(database, setAside.resolve("postgres-data"), StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path current : topLevel(dataFolder)) {
            if (isFilesEntry(current)) {
                Files.move(current, setAside.resolve("files").resolve(current.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.move(newDatabase, database, StandardCopyOption.ATOMIC_MOVE);
        for (Path restored : topLevel(newFiles)) {
            Files.move(restored, dataFolder.resolve(restored.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.delete(newFiles);
        Files.createDirectories(backupsFolder);
        Files.writeString(backupsFolder.resolve(BackupFolder.RESTORED_MARKER), archiveName + " made at "
                + manifest.shopTime() + System.lineSeparator(), StandardCharsets.UTF_8);
        return setAside;
    }

    /** Top-level entries of the data folder that are the app's files (not the database, backups or restore leftovers). */
    private boolean isFilesEntry(Path entry) {
        String name = entry.getFileName().toString();
        Path absolute = entry.toAbsolutePath().normalize();
        return !absolute.equals(databaseFolder) && !absolute.equals(backupsFolder) && !databaseFolder.startsWith(absolute)
                && !backupsFolder.startsWith(absolute) && !name.startsWith(SET_ASIDE_PREFIX) && !name.startsWith(STAGING_PREFIX);
    }

    private static List<Path> topLevel(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

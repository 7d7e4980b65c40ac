package com.orderflow.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups folder: the archives the app makes ({@code orderflow-20261124-020000.zip}) and, on a
 * server, those its backup service makes ({@code orderflow-db-….dump}, {@code orderflow-files-….tar.gz}).
 * Beside each archive that reached the off-site store lies a marker {@code <archive>.offsite} naming
 * where. The names carry the shop time they were made at; the folder, not the database, is the
 * record of what exists, so that it stays true after a restore.
 */
final class BackupFolder {
    private static final Logger log = LoggerFactory.getLogger(BackupFolder.class);
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern ARCHIVE = Pattern.compile("orderflow-(?:(db|files)-)?(\\d{8}-\\d{6})\\.(zip|dump|tar\\.gz)");
    static final String OFFSITE_MARKER = ".offsite";
    /** Written by a restore, read (and removed) by the next start, which then checks consistency. */
    static final String RESTORED_MARKER = "restored-from.txt";

    /** One archive in the folder. */
    record Archive(Path path, String name, LocalDateTime madeAt, long size, String offsiteKey) {
        boolean isLaptopArchive() {
            return name.endsWith(".zip");
        }
    }

    private final Path folder;

    BackupFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path path() {
        return folder;
    }

    /** A new archive's name for a moment in the shop's zone. */
    static String nameFor(Instant at, ZoneId zone) {
        return "orderflow-" + STAMP.format(LocalDateTime.ofInstant(at, zone)) + ".zip";
    }

    /** The archives, newest first; an empty list when the folder does not exist yet. */
    List<Archive> archives() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Archive> archives = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher name = ARCHIVE.matcher(file.getFileName().toString());
                if (name.matches() && Files.isRegularFile(file)) {
                    archives.add(new Archive(file, file.getFileName().toString(),
                            LocalDateTime.parse(name.group(2), STAMP), Files.size(file), offsiteKey(file).orElse(null)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the backups folder " + folder, e);
        }
        archives.sort(Comparator.comparing(Archive::madeAt).thenComparing(Archive::name).reversed());
        return archives;
    }

    Optional<Archive> find(String name) {
        return archives().stream().filter(archive -> archive.name().equals(name)).findFirst();
    }

    void markOffsite(Archive archive, String key) throws IOException {
        Files.writeString(marker(archive.path()), key, StandardCharsets.UTF_8);
    }

    /** Deletes what the retention lets go of (with their markers); returns the names deleted. */
    List<String> applyRetention(Retention retention) {
        List<String> deleted = new ArrayList<>();
        for (Archive archive : retention.toDelete(archives(), Archive::madeAt)) {
            try {
                Files.deleteIfExists(archive.path());
                Files.deleteIfExists(marker(archive.path()));
                deleted.add(archive.name());
            } catch (IOException e) {
                log.warn("Could not delete the old archive {}: {}", archive.path(), e.getMessage());
            }
        }
        return deleted;
    }

    private static Optional<String> offsiteKey(Path archive) throws IOException {
        Path marker = marker(archive);
        return Files.isRegularFile(marker) ? Optional.of(Files.readString(marker, StandardCharsets.UTF_8).strip())
                : Optional.empty();
    }

    private static Path marker(Path archive) {
        return archive.resolveSibling(archive.getFileName() + OFFSITE_MARKER);
    }
}

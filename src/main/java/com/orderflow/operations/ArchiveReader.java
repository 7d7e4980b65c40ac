package com.orderflow.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads an archive back: first {@link #verify} reads every byte and checks it against the manifest
 * (nothing is written), then {@link #extract} unpacks it. A restore runs both, in that order.
 */
final class ArchiveReader {
    /** The PostgreSQL major version whose files the embedded server can open (zonky's binaries in the jar). */
    static final String POSTGRES_MAJOR = "17";

    private ArchiveReader() {
    }

    /** Checks the whole archive and returns its manifest, or says what is wrong with it. */
    static Manifest verify(Path archive) throws BadArchiveException {
        String name = archive.getFileName().toString();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(Manifest.ENTRY);
            if (manifestEntry == null) {
                throw new BadArchiveException(name + " is not an orderflow backup: it has no " + Manifest.ENTRY);
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = Manifest.read(in);
            } catch (IOException e) {
                throw new BadArchiveException(name + " is not an orderflow backup: its manifest cannot be read", e);
            }
            if (!Manifest.FORMAT.equals(manifest.format())) {
                throw new BadArchiveException(name + " is not an orderflow backup (its manifest says " + manifest.format() + ")");
            }
            if (manifest.formatVersion() > Manifest.FORMAT_VERSION) {
                throw new BadArchiveException(name + " was made by a newer orderflow (archive format "
                        + manifest.formatVersion() + "); restore it with that version");
            }
            if (!POSTGRES_MAJOR.equals(manifest.postgresMajor())) {
                throw new BadArchiveException(name + " holds a PostgreSQL " + manifest.postgresMajor()
                        + " database; this orderflow runs PostgreSQL " + POSTGRES_MAJOR);
            }
            checkEntries(zip, manifest, name);
            return manifest;
        } catch (ZipException e) {
            throw new BadArchiveException(name + " is truncated or damaged, or not an archive at all (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new BadArchiveException("Could not read " + archive + ": " + e.getMessage(), e);
        }
    }

    private static void checkEntries(ZipFile zip, Manifest manifest, String name) throws BadArchiveException, IOException {
        Map<String, Manifest.Entry> expected = new HashMap<>();
        manifest.entries().forEach(entry -> expected.put(entry.path(), entry));
        if (!expected.containsKey(Manifest.DATABASE + "PG_VERSION") || !expected.containsKey(Manifest.DATABASE + "backup_label")) {
            throw new BadArchiveException(name + " has no database in it (no PG_VERSION or backup_label)");
        }
        int seen = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.getName().equals(Manifest.ENTRY)) {
                continue;
            }
            Manifest.Entry listed = expected.get(entry.getName());
            if (listed == null) {
                throw new BadArchiveException(name + " was altered: " + entry.getName() + " is not in its manifest");
            }
            seen++;
            if (listed.isFolder()) {
                continue;
            }
            MessageDigest sha = ArchiveWriter.sha256();
            long size;
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
                size = in.transferTo(OutputStream.nullOutputStream());
            } catch (ZipException e) {
                throw new BadArchiveException(name + " is damaged: " + entry.getName() + " cannot be read (" + e.getMessage() + ")", e);
            }
            if (size != listed.size() || !HexFormat.of().formatHex(sha.digest()).equals(listed.sha256())) {
                throw new BadArchiveException(name + " was altered or damaged: " + entry.getName()
                        + " does not match the checksum in its manifest");
            }
        }
        if (seen != expected.size()) {
            throw new BadArchiveException(name + " is incomplete: " + (expected.size() - seen)
                    + " of the files its manifest lists are missing");
        }
    }

    /**
     * Unpacks a verified archive: the database into {@code databaseTarget} (a new, empty folder, made
     * readable by its owner only, as PostgreSQL requires) and the files into {@code filesTarget}.
     */
    static void extract(Path archive, Path databaseTarget, Path filesTarget) throws IOException {
        Files.createDirectories(databaseTarget);
        Files.createDirectories(filesTarget);
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = targetOf(entry.getName(), databaseTarget, filesTarget);
                if (target == null) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        ownerOnly(databaseTarget);
    }

    private static Path targetOf(String name, Path databaseTarget, Path filesTarget) throws IOException {
        Path root;
        String relative;
        if (name.startsWith(Manifest.DATABASE)) {
            root = databaseTarget;
            relative = name.substring(Manifest.DATABASE.length());
        } else if (name.startsWith(Manifest.FILES)) {
            root = filesTarget;
            relative = name.substring(Manifest.FILES.length());
        } else {
            return null;
        }
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("Refusing the entry " + name + ": it points outside the folder it belongs in");
        }
        return target;
    }

    /** PostgreSQL refuses to start on a data directory that others may read (u=rwx, 0700). */
    private static void ownerOnly(Path dataDirectory) throws IOException {
        if (!dataDirectory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (var walk = Files.walk(dataDirectory)) {
            for (Path path : walk.toList()) {
                Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwx------" : "rw-------"));
            }
        }
    }
}

package com.orderflow.operations;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one archive: a zip of the database's data directory and the files folder, each entry's
 * SHA-256 taken as it is written, and the {@link Manifest} last. Written to a file of its own that
 * the caller moves into place only when it is whole.
 */
final class ArchiveWriter implements AutoCloseable {
    private final ZipOutputStream zip;
    private final List<Manifest.Entry> entries = new ArrayList<>();
    private boolean finished;

    ArchiveWriter(Path target) throws IOException {
        zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16));
        // the database's pages and the WAL compress well enough at the fastest level, at a third of the time
        zip.setLevel(Deflater.BEST_SPEED);
    }

    void folder(String path) throws IOException {
        String name = path.endsWith("/") ? path : path + "/";
        zip.putNextEntry(new ZipEntry(name));
        zip.closeEntry();
        entries.add(new Manifest.Entry(name, -1, null));
    }

    /**
     * Adds a file as it is now; one that disappeared meanwhile (a table dropped, a temporary file
     * removed) is left out: returns false then.
     */
    boolean file(String path, Path source) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(source);
        } catch (NoSuchFileException gone) {
            return false;
        }
        try (in) {
            add(path, in);
        }
        return true;
    }

    void bytes(String path, byte[] content) throws IOException {
        add(path, new java.io.ByteArrayInputStream(content));
    }

    /**
     * Adds every file and folder under {@code root} (not following links) whose path relative to it
     * {@code keep} accepts; what disappears while the tree is read (a live database's temporary
     * files) is left out.
     */
    void tree(String prefix, Path root, Predicate<Path> keep) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                Path relative = root.relativize(dir);
                if (!keep.test(relative)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folder(prefix + slashes(relative));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = root.relativize(file);
                if (attributes.isRegularFile() && keep.test(relative)) {
                    file(prefix + slashes(relative), file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private void add(String path, InputStream in) throws IOException {
        MessageDigest sha = sha256();
        zip.putNextEntry(new ZipEntry(path));
        long size;
        OutputStream out = new DigestOutputStream(new UncloseableStream(zip), sha);
        size = in.transferTo(out);
        zip.closeEntry();
        entries.add(new Manifest.Entry(path, size, HexFormat.of().formatHex(sha.digest())));
    }

    /** Writes the manifest (with every entry written so far) and closes the archive. */
    void finish(Function<List<Manifest.Entry>, Manifest> manifest) throws IOException {
        byte[] json = manifest.apply(List.copyOf(entries)).toJson();
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(json);
        zip.closeEntry();
        zip.finish();
        zip.close();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            zip.close();
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip entry's stream, which the digest stream must not close. */
    private static final class UncloseableStream extends java.io.FilterOutputStream {
        UncloseableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the zip stays open for the next entry
        }
    }
}

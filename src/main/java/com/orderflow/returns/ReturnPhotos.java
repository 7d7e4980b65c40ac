package com.orderflow.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.orderflow.platform.web.InvalidInputException;

/**
 * The photo store of returns: files under {@code orderflow.returns.photo-folder}, named by a random
 * id (never by what the uploader called them). Only JPEG, PNG and WebP, recognised by their first
 * bytes rather than by what the browser claims; at most {@code photo-max-size}.
 */
@Component
class ReturnPhotos {
    /** A photo as uploaded: its bytes, and the field it came in (for the error message). */
    record Upload(byte[] bytes, String field) {
    }

    record Stored(String file, String type) {
    }

    private final ReturnsSettings settings;

    ReturnPhotos(ReturnsSettings settings) {
        this.settings = settings;
    }

    /**
     * The image type of the bytes.
     *
     * @throws InvalidInputException naming the field when the file is empty, too big or no image
     */
    String check(Upload photo) {
        long max = settings.getPhotoMaxSize().toBytes();
        if (photo.bytes().length == 0) {
            throw new InvalidInputException(photo.field(), "must not be an empty file");
        }
        if (photo.bytes().length > max) {
            throw new InvalidInputException(photo.field(), "must be at most " + (max / 1024) + " KB, was "
                    + (photo.bytes().length / 1024) + " KB");
        }
        return sniff(photo.bytes()).orElseThrow(() -> new InvalidInputException(photo.field(),
                "must be a JPEG, PNG or WebP photo"));
    }

    /**
     * Writes a checked photo; if the caller's transaction rolls back, the file goes too, so a refused
     * return leaves nothing behind.
     */
    Stored store(Upload photo) {
        String type = check(photo);
        String file = UUID.randomUUID() + switch (type) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
        Path folder = settings.getPhotoFolder();
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "upload-", ".part");
            Files.write(temp, photo.bytes());
            Files.move(temp, folder.resolve(file), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a return photo under " + folder, e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(file);
                    }
                }
            });
        }
        return new Stored(file, type);
    }

    /** The stored photo's bytes. */
    byte[] read(String file) {
        try {
            return Files.readAllBytes(path(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read return photo " + file, e);
        }
    }

    void delete(String file) {
        try {
            Files.deleteIfExists(path(file));
        } catch (IOException e) {
            // a stray file is harmless; the return never points at it
        }
    }

    private Path path(String file) {
        Path folder = settings.getPhotoFolder().toAbsolutePath().normalize();
        Path resolved = folder.resolve(file).normalize();
        if (!resolved.startsWith(folder)) {
            throw new IllegalArgumentException("Not a photo file name: " + file);
        }
        return resolved;
    }

    static Optional<String> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}

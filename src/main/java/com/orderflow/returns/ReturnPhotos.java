package com.orderflow.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.orderflow.platform.files.ImageType;
import com.orderflow.platform.files.TransactionalFiles;
import com.orderflow.platform.files.UploadedImage;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The photo store of returns: files under {@code orderflow.returns.photo-folder}, named by a random
 * id (never by what the uploader called them). Only JPEG, PNG and WebP, recognised by their content
 * rather than by what the browser claims, and decoded whole ({@link UploadedImage}); at most
 * {@code photo-max-size}.
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
        return type(photo).contentType();
    }

    private ImageType type(Upload photo) {
        long max = settings.getPhotoMaxSize().toBytes();
        if (photo.bytes().length == 0) {
            throw new InvalidInputException(photo.field(), "must not be an empty file");
        }
        if (photo.bytes().length > max) {
            throw new InvalidInputException(photo.field(), "must be at most " + (max / 1024) + " KB, was "
                    + (photo.bytes().length / 1024) + " KB");
        }
        ImageType.of(photo.bytes()).orElseThrow(() ->
                new InvalidInputException(photo.field(), "must be a JPEG, PNG or WebP photo"));
        return UploadedImage.check(photo.bytes(), photo.field()).type();
    }

    /**
     * Writes a checked photo; if the caller's transaction rolls back, the file goes too, so a refused
     * return leaves nothing behind.
     */
    Stored store(Upload photo) {
        ImageType type = type(photo);
        String file = UUID.randomUUID() + type.extension();
        TransactionalFiles.write(path(file), photo.bytes());
        return new Stored(file, type.contentType());
    }

    /** The stored photo's bytes. */
    byte[] read(String file) {
        try {
            return Files.readAllBytes(path(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read return photo " + file, e);
        }
    }

    /** Deletes a photo the return no longer names, once the change that replaced it has committed. */
    void deleteAfterCommit(String file) {
        if (file == null) {
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        delete(file);
                    }
                });
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

}

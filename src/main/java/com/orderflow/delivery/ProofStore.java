package com.orderflow.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.files.ImageType;
import com.orderflow.platform.files.TransactionalFiles;
import com.orderflow.platform.files.UploadedImage;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Proof files on disk ({@code orderflow.delivery.proof-folder}). What a phone sends is trusted by
 * its content only, never by its name or declared type: JPEG, PNG and WebP that decode whole are
 * taken ({@link UploadedImage}), anything else is refused before a byte is written. Each file is
 * written under a temporary name and moved into place, with a JPEG thumbnail beside it; if the
 * transaction that records it rolls back, both files are removed again, so the folder never holds
 * a proof the database does not know.
 */
@Component
class ProofStore {

    /** A stored proof: paths relative to the folder (the thumbnail is a JPEG). */
    record Stored(String file, String thumbnail, String contentType, long size, String sha256) {
    }

    private final Path folder;
    private final long maxBytes;
    private final int thumbnailPixels;
    private final ShopClock clock;

    ProofStore(DeliverySettings settings, ShopClock clock) {
        this.clock = clock;
        this.folder = settings.proofFolder().toAbsolutePath().normalize();
        this.maxBytes = settings.proofMaxSize().toBytes();
        this.thumbnailPixels = settings.thumbnailPixels();
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads at most the size limit from {@code body}, checks what it is and stores it for the
     * order. Must run in a transaction: the files go again if it rolls back.
     *
     * @throws InvalidInputException naming {@code file} when it is empty, too big or not a readable JPEG, PNG or
     *         WebP image
     */
    Stored store(String orderNumber, InputStream body) {
        byte[] bytes = readAtMost(body);
        UploadedImage checked = UploadedImage.check(bytes, "file");
        ImageType type = checked.type();
        String base = clock.today().getYear() + "/" + safe(orderNumber) + "-" + UUID.randomUUID();
        String file = base + type.extension();
        String thumbnail = base + "-thumb.jpg";
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Proofs are stored inside a transaction, so that a rollback removes them");
        }
        TransactionalFiles.write(resolve(file), bytes);
        // a JPEG on white, longer side at most thumbnailPixels (signatures are transparent)
        TransactionalFiles.write(resolve(thumbnail), checked.jpeg(thumbnailPixels));
        return new Stored(file, thumbnail, type.contentType(), bytes.length, sha256(bytes));
    }

    /** The stored file's path, refusing anything that would lead out of the folder. */
    Path resolve(String relative) {
        Path path = folder.resolve(relative).normalize();
        if (!path.startsWith(folder)) {
            throw new IllegalArgumentException("Not a proof path: " + relative);
        }
        return path;
    }

    private byte[] readAtMost(InputStream body) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InvalidInputException("file", "must be at most " + megabytes(maxBytes)
                        + "; this one is larger (take the photo again at a lower resolution)");
            }
            if (bytes.length == 0) {
                throw new InvalidInputException("file", "is empty: take the photo or signature again");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException("file", "could not be read completely: send it again");
        }
    }

    private static String safe(String orderNumber) {
        return orderNumber.replaceAll("[^A-Za-z0-9-]", "_");
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

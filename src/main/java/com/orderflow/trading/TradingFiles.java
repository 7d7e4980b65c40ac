package com.orderflow.trading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.files.ImageType;
import com.orderflow.platform.files.TransactionalFiles;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The trading business's files under {@code orderflow.trading.file-folder}: photos and signatures
 * (JPEG, PNG or WebP by their first bytes, never by name, at most the configured size), courier
 * labels and warranty cards. Written whole through {@link TransactionalFiles}: a transaction that
 * rolls back takes its files with it, so no row names a missing file and no file lies unnamed.
 */
@Component
class TradingFiles {
    static final String PDF = "application/pdf";

    private final TradingFileRows rows;
    private final TradingSettings settings;
    private final ShopClock clock;

    TradingFiles(TradingFileRows rows, TradingSettings settings, ShopClock clock) {
        this.rows = rows;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException naming {@code field} for an empty, oversized or non-image upload
     */
    TradingFile image(long orderId, Long visitId, TradingFile.Kind kind, byte[] bytes, String field, String actor) {
        long max = settings.getPhotoMaxSize().toBytes();
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException(field, "is empty: take the photo again");
        }
        if (bytes.length > max) {
            throw new InvalidInputException(field, "must be at most " + settings.getPhotoMaxSize().toMegabytes() + " MB");
        }
        ImageType type = ImageType.of(bytes).orElseThrow(() ->
                new InvalidInputException(field, "must be a JPEG, PNG or WebP image; this file is not one"));
        return keep(orderId, visitId, kind, bytes, type.extension(), type.contentType(), actor);
    }

    TradingFile pdf(long orderId, TradingFile.Kind kind, byte[] bytes, String actor) {
        return keep(orderId, null, kind, bytes, ".pdf", PDF, actor);
    }

    /** The file's bytes, or empty when it is gone from the disk. */
    Optional<byte[]> read(TradingFile file) {
        Path path = resolve(file.path());
        try {
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TradingFile keep(long orderId, Long visitId, TradingFile.Kind kind, byte[] bytes, String extension,
            String contentType, String actor) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Files are kept inside a transaction, so that a rollback removes them");
        }
        String name = clock.today().getYear() + "/" + orderId + "-" + kind.name().toLowerCase(java.util.Locale.ROOT)
                + "-" + UUID.randomUUID() + extension;
        TransactionalFiles.write(resolve(name), bytes);
        return rows.saveAndFlush(new TradingFile(orderId, visitId, kind, name, contentType, actor, clock.now()));
    }

    private Path resolve(String relative) {
        Path folder = Path.of(settings.getFileFolder()).toAbsolutePath().normalize();
        Path path = folder.resolve(relative).normalize();
        if (!path.startsWith(folder)) {
            throw new IllegalArgumentException("Not a trading file: " + relative);
        }
        return path;
    }
}

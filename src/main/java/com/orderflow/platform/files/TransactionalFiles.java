package com.orderflow.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files that belong to database rows (photos, proofs): written whole or not at all, and gone again
 * when the transaction that would have named them rolls back, so a refused request leaves no file
 * behind and no row ever names a half-written one.
 */
public final class TransactionalFiles {
    private static final Logger log = LoggerFactory.getLogger(TransactionalFiles.class);

    private TransactionalFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target} through a temporary file in the same folder and a move,
     * so readers never see part of it; inside a transaction, a rollback deletes it again.
     */
    public static Path write(Path target, byte[] bytes) {
        try {
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".upload-", ".part");
            try {
                Files.write(temporary, bytes);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + target.getFileName(), e);
        }
        deleteOnRollback(target);
        return target;
    }

    /** Inside a transaction: deletes the file if the transaction does not commit. Outside one: nothing. */
    public static void deleteOnRollback(Path file) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        // a stray file is harmless: no row names it
                        log.warn("Could not remove {} after a rollback: {}", file, e.getMessage());
                    }
                }
            }
        });
    }
}

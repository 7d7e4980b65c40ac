package com.orderflow.platform.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** A file that belongs to a row exists whole after a commit and not at all after a rollback. */
class TransactionalFilesTest {
    /** Commits and rollbacks with their synchronisations, and no database behind them. */
    private final TransactionTemplate transaction = new TransactionTemplate(new AbstractPlatformTransactionManager() {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    });

    @TempDir
    Path folder;

    @Test
    void aCommittedWriteStaysWholeAndLeavesNoTemporaryFile() throws Exception {
        Path target = folder.resolve("photos/a.jpg");
        transaction.executeWithoutResult(status -> TransactionalFiles.write(target, new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        try (var files = Files.list(target.getParent())) {
            assertTrue(files.allMatch(target::equals), "only the file itself is left");
        }
    }

    @Test
    void aRolledBackWriteLeavesNothing() {
        Path target = folder.resolve("b.png");
        assertThrows(IllegalStateException.class, () -> transaction.executeWithoutResult(status -> {
            TransactionalFiles.write(target, new byte[] {4, 5});
            throw new IllegalStateException("the row could not be saved");
        }));
        assertFalse(Files.exists(target));
    }
}

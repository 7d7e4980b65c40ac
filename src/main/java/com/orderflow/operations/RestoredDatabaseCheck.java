package com.orderflow.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderflow.platform.bootstrap.StartupStep;

/**
 * The first start after a restore: the restore left a marker in the backups folder; this start
 * asks for a consistency check (it runs in the background as soon as the app serves) and removes the
 * marker, so the next start does not check again.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RestoredDatabaseCheck implements StartupStep {
    private static final Logger log = LoggerFactory.getLogger(RestoredDatabaseCheck.class);

    private final BackupSettings settings;
    private final BackupDesk desk;

    RestoredDatabaseCheck(BackupSettings settings, BackupDesk desk) {
        this.settings = settings;
        this.desk = desk;
    }

    @Override
    public void run() {
        Path marker = settings.folder().resolve(BackupFolder.RESTORED_MARKER);
        if (!Files.isRegularFile(marker)) {
            return;
        }
        try {
            log.info("First start after restoring {}: checking the data against the processes", Files.readString(marker).strip());
            desk.startCheck(ConsistencyCheck.RESTORE);
            Files.delete(marker);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not read or remove " + marker, e);
        }
    }
}

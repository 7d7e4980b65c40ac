package com.orderflow.operations;

import java.time.Duration;

/** An archive just made: its name, size and how long it took, and what it holds. */
public record BackupMade(String name, long bytes, Duration took, long databaseBytes, long files, long fileBytes,
        java.util.List<String> deletedByRetention) {
}

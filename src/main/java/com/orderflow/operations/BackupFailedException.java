package com.orderflow.operations;

/** A backup that could not be made (folder not writable, disk full, database not reachable): nothing was kept of it. */
public class BackupFailedException extends Exception {
    public BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

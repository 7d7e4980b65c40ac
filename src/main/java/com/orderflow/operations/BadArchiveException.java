package com.orderflow.operations;

/** An archive that a restore refuses (truncated, altered, not ours, wrong key): the message says which and why. */
public class BadArchiveException extends Exception {
    public BadArchiveException(String message) {
        super(message);
    }

    public BadArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}

package com.orderflow.operations;

/** An off-site copy that failed every try; the local archive is kept. */
public class OffsiteFailedException extends Exception {
    public OffsiteFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

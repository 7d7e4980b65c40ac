package com.orderflow.operations;

/** A restore that would overwrite a database in use: nothing was changed. */
public class RestoreRefusedException extends Exception {
    public RestoreRefusedException(String message) {
        super(message);
    }
}

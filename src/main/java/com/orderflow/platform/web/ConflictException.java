package com.orderflow.platform.web;

/** The request is valid but the thing it acts on is in a state that does not allow it; answered 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}

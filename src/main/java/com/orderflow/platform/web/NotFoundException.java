package com.orderflow.platform.web;

/** Answered 404. Also used where telling "exists but not yours" would leak information. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}

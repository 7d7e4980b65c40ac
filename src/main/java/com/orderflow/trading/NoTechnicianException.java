package com.orderflow.trading;

/** No technician covers the order's zone and skill: the order manager chooses one by hand. */
public class NoTechnicianException extends RuntimeException {
    public NoTechnicianException(String message) {
        super(message);
    }
}

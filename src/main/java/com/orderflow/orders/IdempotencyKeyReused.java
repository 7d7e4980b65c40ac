package com.orderflow.orders;

/** The same {@code Idempotency-Key} came with a different request body: the client's mistake, nothing was made. */
public class IdempotencyKeyReused extends RuntimeException {
    public IdempotencyKeyReused(String header) {
        super(header + " was used before with a different request body; use a new key for a new order");
    }
}

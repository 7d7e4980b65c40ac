package com.orderflow.customers;

import java.time.Instant;

/** A name and address from a customer's history, newest first on the pages. */
public record CustomerAddress(long id, String name, String address, String locality, String pincode,
        Instant firstSeenAt, Instant lastSeenAt, String lastOrderNumber, int timesUsed) {
}

package com.orderflow.orders;

/** Where the order came in. Advance bookings carry a delivery date and wait until the day before. */
public enum Channel {
    COUNTER, ADVANCE_BOOKING, PHONE, ONLINE
}

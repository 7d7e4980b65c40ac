package com.orderflow.orders;

/**
 * What the shop promised about delivery time (S6): EXPRESS within a few hours of the order,
 * STANDARD by the end of the delivery day (or the end of the booked slot). How long each is comes
 * from {@code orderflow.delivery.promise}; {@link PromiseSettings} turns it into a moment.
 */
public enum DeliveryPromise {
    STANDARD, EXPRESS
}

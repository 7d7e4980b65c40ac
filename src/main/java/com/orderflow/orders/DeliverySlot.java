package com.orderflow.orders;

/**
 * The part of the day a customer booked for delivery (K4). Each slot's hours are the shop's
 * ({@code orderflow.delivery.promise.slots}); an order without a slot may come any time.
 */
public enum DeliverySlot {
    MORNING, AFTERNOON, EVENING
}

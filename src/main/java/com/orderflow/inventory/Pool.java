package com.orderflow.inventory;

/**
 * The three stock pools of every batch (K3). Only COUNTER stock is sold across the counter;
 * ADVANCE_BOOKING stock is set aside for booked orders; RETURN stock is never saleable.
 */
public enum Pool {
    ADVANCE_BOOKING, COUNTER, RETURN
}

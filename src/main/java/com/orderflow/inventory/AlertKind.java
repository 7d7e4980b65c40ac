package com.orderflow.inventory;

/** The kinds of stock alert the rules raise (K3). */
public enum AlertKind {
    LOW_STOCK, EXPIRING_BATCH, SLOW_MOVING
}

package com.orderflow.trading;

/** Where an order's goods come from: our own warehouse, or a purchase order to the vendor. */
public enum Sourcing {
    OWN_STOCK, VENDOR
}

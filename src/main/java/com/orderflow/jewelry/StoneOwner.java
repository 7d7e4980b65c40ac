package com.orderflow.jewelry;

/** The customer's own stones are returned when unused and never billed; the shop's are priced. */
public enum StoneOwner {
    CUSTOMER, SHOP
}

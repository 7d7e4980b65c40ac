package com.orderflow.jewelry;

/** A sample the karigar works from: one of the shop's, or the customer's own piece. */
public enum SampleKind {
    SHOP, CUSTOMER
}

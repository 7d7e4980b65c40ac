package com.orderflow.jewelry;

/** The order box's filters; a null narrows nothing. */
public record JewelryFilter(String branch, JewelryState state, String karigarId, JewelryKind kind) {
    public static final JewelryFilter ALL = new JewelryFilter(null, null, null, null);
}

package com.orderflow.orders;

/**
 * The delivery zone of an address, which the delivery module decides (its zone table) and
 * implements this for. The order keeps the answer so that the order list can filter by zone
 * without asking the table for every order; without an implementation orders have no zone.
 */
public interface AddressZones {
    /** The zone of a pincode and locality (either may be null). */
    String zoneOf(String pincode, String locality);
}

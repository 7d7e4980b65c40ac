package com.orderflow.delivery;

import org.springframework.stereotype.Component;

import com.orderflow.orders.AddressZones;

/** The zone table's answer for an order's address, kept on the order for the order list's zone filter. */
@Component
class OrderAddressZones implements AddressZones {
    private final ZoneTables tables;

    OrderAddressZones(ZoneTables tables) {
        this.tables = tables;
    }

    @Override
    public String zoneOf(String pincode, String locality) {
        return tables.zoneOf(pincode, locality);
    }
}

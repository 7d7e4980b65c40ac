package com.orderflow.delivery;

import java.util.concurrent.atomic.AtomicInteger;

import com.orderflow.support.TestOrders;

/**
 * A zone of one test alone, with localities nobody else uses (the demo zones are shared by every
 * test on the one database, and planning takes every ready order of a zone): its runs then carry
 * only the test's own orders.
 */
public final class TestZones {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final ZoneService zones;
    private final String name;

    private TestZones(ZoneService zones, String name) {
        this.zones = zones;
        this.name = name;
    }

    /** A new zone, ridden by default by {@code deliveryBoy} (null: nobody). */
    public static TestZones fresh(ZoneService zones, String name, String deliveryBoy) {
        String unique = name + " " + NEXT.incrementAndGet() + "-" + System.nanoTime() % 10000;
        zones.addZone(new NewZone(unique, deliveryBoy), TestOrders.OWNER);
        return new TestZones(zones, unique);
    }

    public String name() {
        return name;
    }

    /** A locality of this zone (its name starts with the zone's, so it is nobody else's). */
    public String locality(String name, String pincode, double latitude, double longitude) {
        String locality = this.name + " " + name;
        zones.addLocality(new NewLocality(locality, pincode, this.name, latitude, longitude), TestOrders.OWNER);
        return locality;
    }
}

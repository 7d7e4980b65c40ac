package com.orderflow.delivery;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The exact point of one order's address, set by a dispatcher who knows it; it beats the
 * locality's point on the route. Kept here, keyed by order number, because orders carry no
 * coordinates.
 */
@Entity
@Table(name = "delivery_order_point")
class OrderPoint {
    @Id
    private String orderNumber;
    private double latitude;
    private double longitude;
    private String setBy;
    private Instant setAt;

    protected OrderPoint() {
    }

    OrderPoint(String orderNumber, GeoPoint point, String setBy, Instant setAt) {
        this.orderNumber = orderNumber;
        move(point, setBy, setAt);
    }

    void move(GeoPoint point, String by, Instant at) {
        this.latitude = point.latitude();
        this.longitude = point.longitude();
        this.setBy = by;
        this.setAt = at;
    }

    String orderNumber() {
        return orderNumber;
    }

    GeoPoint point() {
        return new GeoPoint(latitude, longitude);
    }
}

package com.orderflow.delivery;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A zone the shop delivers to, with the delivery boy who rides it by default (none: the dispatcher
 * chooses for each run). Shop data, not a decision: the assignment table
 * ({@code dmn/delivery-assignment.dmn}) is asked with this default and decides.
 */
@Entity
@Table(name = "delivery_zone")
class Zone {
    @Id
    private String name;
    private String defaultDeliveryBoy;
    private String changedBy;
    private Instant changedAt;

    protected Zone() {
    }

    Zone(String name, String defaultDeliveryBoy, String by, Instant at) {
        this.name = name;
        this.defaultDeliveryBoy = defaultDeliveryBoy;
        this.changedBy = by;
        this.changedAt = at;
    }

    String name() {
        return name;
    }

    String defaultDeliveryBoy() {
        return defaultDeliveryBoy;
    }

    /** Gives the zone another default delivery boy, or none (null). */
    void rideBy(String deliveryBoy, String by, Instant at) {
        this.defaultDeliveryBoy = deliveryBoy;
        this.changedBy = by;
        this.changedAt = at;
    }
}

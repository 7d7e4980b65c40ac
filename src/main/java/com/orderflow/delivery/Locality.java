package com.orderflow.delivery;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of the locality master: a locality (with its pincode), the zone it belongs to and the
 * point that stands for every address in it when stops are put in route order.
 */
@Entity
@Table(name = "delivery_locality")
class Locality {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    /** the name as the zone table compares it ({@link ZoneTables#localityKey}); unique with the pincode */
    private String nameKey;
    private String pincode;
    private String zoneName;
    private double latitude;
    private double longitude;
    private String addedBy;
    private Instant addedAt;

    protected Locality() {
    }

    Locality(String name, String pincode, String zoneName, GeoPoint point, String addedBy, Instant addedAt) {
        this.name = name;
        this.nameKey = ZoneTables.localityKey(name);
        this.pincode = pincode;
        this.zoneName = zoneName;
        this.latitude = point.latitude();
        this.longitude = point.longitude();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String pincode() {
        return pincode;
    }

    String zoneName() {
        return zoneName;
    }

    GeoPoint point() {
        return new GeoPoint(latitude, longitude);
    }
}

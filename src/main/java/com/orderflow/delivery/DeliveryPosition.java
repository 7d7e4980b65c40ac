package com.orderflow.delivery;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A delivery boy's last position while a run of his was on the road (the live map, K5). */
@Entity
@Table(name = "delivery_position")
class DeliveryPosition {
    @Id
    private String deliveryBoy;
    private Long runId;
    private double latitude;
    private double longitude;
    private Double accuracyMetres;
    private Instant at;

    protected DeliveryPosition() {
    }

    DeliveryPosition(String deliveryBoy) {
        this.deliveryBoy = deliveryBoy;
    }

    void moveTo(Long runId, GeoPoint point, Double accuracyMetres, Instant at) {
        this.runId = runId;
        this.latitude = point.latitude();
        this.longitude = point.longitude();
        this.accuracyMetres = accuracyMetres;
        this.at = at;
    }

    String deliveryBoy() {
        return deliveryBoy;
    }

    Long runId() {
        return runId;
    }

    double latitude() {
        return latitude;
    }

    double longitude() {
        return longitude;
    }

    Double accuracyMetres() {
        return accuracyMetres;
    }

    Instant at() {
        return at;
    }
}

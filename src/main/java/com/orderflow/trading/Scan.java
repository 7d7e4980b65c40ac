package com.orderflow.trading;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A courier scan as it came, once: the live scans the customer's tracking page shows. */
@Entity
@Table(name = "trading_scan")
class Scan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shipment_id")
    private long shipmentId;
    @Column(name = "scan_key")
    private String scanKey;
    private String code;
    private String location;
    @Column(name = "scanned_at")
    private Instant scannedAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    private String source;
    private String actor;

    protected Scan() {
    }

    Scan(long shipmentId, String scanKey, ShipmentStage stage, String location, Instant scannedAt, Instant receivedAt,
            String source, String actor) {
        this.shipmentId = shipmentId;
        this.scanKey = scanKey;
        this.code = stage.name();
        this.location = location;
        this.scannedAt = scannedAt;
        this.receivedAt = receivedAt;
        this.source = source;
        this.actor = actor;
    }

    String code() {
        return code;
    }

    String location() {
        return location;
    }

    Instant scannedAt() {
        return scannedAt;
    }

    String source() {
        return source;
    }
}

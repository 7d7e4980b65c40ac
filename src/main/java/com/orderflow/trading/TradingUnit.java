package com.orderflow.trading;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit that passed quality control, known by its serial from then on (warranty, claims). */
@Entity
@Table(name = "trading_unit")
class TradingUnit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    @Column(name = "line_id")
    private long lineId;
    @Column(name = "product_id")
    private long productId;
    private String serial;
    @Column(name = "scanned_by")
    private String scannedBy;
    @Column(name = "scanned_at")
    private Instant scannedAt;

    protected TradingUnit() {
    }

    TradingUnit(long orderId, long lineId, long productId, String serial, String scannedBy, Instant scannedAt) {
        this.orderId = orderId;
        this.lineId = lineId;
        this.productId = productId;
        this.serial = serial;
        this.scannedBy = scannedBy;
        this.scannedAt = scannedAt;
    }

    Long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    long lineId() {
        return lineId;
    }

    long productId() {
        return productId;
    }

    String serial() {
        return serial;
    }

    String scannedBy() {
        return scannedBy;
    }

    Instant scannedAt() {
        return scannedAt;
    }
}

package com.orderflow.inventory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An alert raised by the stock rules; open until an admin handles its task. */
@Entity
@Table(name = "stock_alert")
class StockAlert {
    enum Status {
        OPEN, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String conditionKey;
    /** the condition key while open, null once closed: one open alert per condition (see V2) */
    private String openKey;
    @Enumerated(EnumType.STRING)
    private AlertKind kind;
    private String sku;
    private String message;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant raisedAt;
    private Instant closedAt;
    private String closedBy;
    private String resolution;
    private String resolutionNote;

    protected StockAlert() {
    }

    StockAlert(RaisedAlert raised, Instant at) {
        this.conditionKey = raised.conditionKey();
        this.openKey = raised.conditionKey();
        this.kind = raised.kind();
        this.sku = raised.sku();
        this.message = raised.message();
        this.status = Status.OPEN;
        this.raisedAt = at;
    }

    Long id() {
        return id;
    }

    String conditionKey() {
        return conditionKey;
    }

    AlertKind kind() {
        return kind;
    }

    String sku() {
        return sku;
    }

    String message() {
        return message;
    }

    Status status() {
        return status;
    }

    Instant raisedAt() {
        return raisedAt;
    }

    String closedBy() {
        return closedBy;
    }

    String resolution() {
        return resolution;
    }

    void close(String by, String resolution, String note, Instant at) {
        this.status = Status.CLOSED;
        this.openKey = null;
        this.closedBy = by;
        this.resolution = resolution;
        this.resolutionNote = note;
        this.closedAt = at;
    }
}

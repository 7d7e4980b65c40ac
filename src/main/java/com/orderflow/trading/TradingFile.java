package com.orderflow.trading;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of an order kept under the trading folder: a proof, a visit photo or signature, a label, a card. */
@Entity
@Table(name = "trading_file")
class TradingFile {
    enum Kind {
        POD_PHOTO, POD_SIGNATURE, VISIT_PHOTO, VISIT_SIGNATURE, LABEL, WARRANTY_CARD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    @Column(name = "visit_id")
    private Long visitId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String path;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected TradingFile() {
    }

    TradingFile(long orderId, Long visitId, Kind kind, String path, String contentType, String uploadedBy,
            Instant uploadedAt) {
        this.orderId = orderId;
        this.visitId = visitId;
        this.kind = kind;
        this.path = path;
        this.contentType = contentType;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    Long visitId() {
        return visitId;
    }

    Kind kind() {
        return kind;
    }

    String path() {
        return path;
    }

    String contentType() {
        return contentType;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}

package com.orderflow.delivery;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A photo or signature a delivery boy took at a stop (K5). The file lives in the proof folder
 * ({@link ProofStore}); the row links it to the order, run and stop and says who took it and when.
 * Paths are relative to the proof folder, so the folder can move.
 */
@Entity
@Table(name = "delivery_proof")
class DeliveryProof {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String orderNumber;
    private Long runId;
    private Long stopId;
    @Enumerated(EnumType.STRING)
    private ProofKind kind;
    private String filePath;
    private String thumbnailPath;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String takenBy;
    private Instant takenAt;

    protected DeliveryProof() {
    }

    DeliveryProof(String orderNumber, Long runId, Long stopId, ProofKind kind, ProofStore.Stored stored,
            String takenBy, Instant takenAt) {
        this.orderNumber = orderNumber;
        this.runId = runId;
        this.stopId = stopId;
        this.kind = kind;
        this.filePath = stored.file();
        this.thumbnailPath = stored.thumbnail();
        this.contentType = stored.contentType();
        this.sizeBytes = stored.size();
        this.sha256 = stored.sha256();
        this.takenBy = takenBy;
        this.takenAt = takenAt;
    }

    Long id() {
        return id;
    }

    String orderNumber() {
        return orderNumber;
    }

    Long runId() {
        return runId;
    }

    Long stopId() {
        return stopId;
    }

    ProofKind kind() {
        return kind;
    }

    String filePath() {
        return filePath;
    }

    String thumbnailPath() {
        return thumbnailPath;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String takenBy() {
        return takenBy;
    }

    Instant takenAt() {
        return takenAt;
    }
}

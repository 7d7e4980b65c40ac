package com.orderflow.trading;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.orderflow.platform.web.ConflictException;

/**
 * An order's courier shipment (S2, E5): carrier and AWB, the lane and its promise, how far the scans
 * have moved it, the proof of delivery and the one delay it may raise.
 */
@Entity
@Table(name = "trading_shipment")
class Shipment {
    enum ProofKind {
        PHOTO, SIGNATURE, OTP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    private String carrier;
    private String awb;
    private String lane;
    @Column(name = "weight_grams")
    private Integer weightGrams;
    @Enumerated(EnumType.STRING)
    private ShipmentStage state;
    @Enumerated(EnumType.STRING)
    @Column(name = "told_stage")
    private ShipmentStage toldStage;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "booked_at")
    private Instant bookedAt;
    @Column(name = "promised_by")
    private Instant promisedBy;
    @Column(name = "last_scan_at")
    private Instant lastScanAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "label_file")
    private String labelFile;
    @Column(name = "delivery_otp")
    private String deliveryOtp;
    @Enumerated(EnumType.STRING)
    @Column(name = "proof_kind")
    private ProofKind proofKind;
    @Column(name = "proof_at")
    private Instant proofAt;
    @Column(name = "cod_collected")
    private BigDecimal codCollected;
    @Column(name = "delay_raised_at")
    private Instant delayRaisedAt;
    @Column(name = "delay_reason")
    private String delayReason;
    @Column(name = "delay_action")
    private String delayAction;
    @Version
    private long version;

    protected Shipment() {
    }

    /** Dispatch asked for this carrier (and typed the AWB, for a manual one); booked next by the process. */
    Shipment(long orderId, String carrier, String typedAwb, String lane, int weightGrams, String requestedBy,
            Instant requestedAt) {
        this.orderId = orderId;
        this.carrier = carrier;
        this.awb = typedAwb;
        this.lane = lane;
        this.weightGrams = weightGrams;
        this.state = ShipmentStage.REQUESTED;
        this.toldStage = ShipmentStage.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void booked(String awb, String labelFile, String otp, Instant promisedBy, Instant at) {
        if (state != ShipmentStage.REQUESTED) {
            throw new ConflictException("Shipment " + this.awb + " is already " + state);
        }
        this.awb = awb;
        this.labelFile = labelFile;
        this.deliveryOtp = otp;
        this.promisedBy = promisedBy;
        this.bookedAt = at;
        this.state = ShipmentStage.BOOKED;
    }

    /** A scan moves the shipment forward only; answers whether it did. */
    boolean advanceTo(ShipmentStage reached, Instant scannedAt) {
        if (lastScanAt == null || scannedAt.isAfter(lastScanAt)) {
            lastScanAt = scannedAt;
        }
        if (isOver() || reached.ordinal() <= state.ordinal()) {
            return false;
        }
        state = reached;
        if (reached == ShipmentStage.DELIVERED) {
            deliveredAt = scannedAt;
        }
        return true;
    }

    boolean isOver() {
        return state == ShipmentStage.DELIVERED || state == ShipmentStage.RETURNED;
    }

    void proof(ProofKind kind, Instant at) {
        if (proofKind == null) {
            proofKind = kind;
            proofAt = at;
        }
    }

    void collected(BigDecimal amount) {
        if (codCollected != null && codCollected.compareTo(amount) != 0) {
            throw new ConflictException("Cash collected for AWB " + awb + " was already recorded as " + codCollected);
        }
        codCollected = amount;
    }

    /** Raises the shipment's one delay; false when it was raised before. */
    boolean raiseDelay(String reason, Instant at) {
        if (delayRaisedAt != null) {
            return false;
        }
        delayRaisedAt = at;
        delayReason = reason;
        return true;
    }

    void delayHandled(String action) {
        delayAction = action;
    }

    /** The order's process heard of this stage. */
    void told(ShipmentStage stage) {
        toldStage = stage;
    }

    ShipmentStage toldStage() {
        return toldStage;
    }

    boolean hasProof() {
        return proofKind != null;
    }

    Long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    String carrier() {
        return carrier;
    }

    String awb() {
        return awb;
    }

    String lane() {
        return lane;
    }

    Integer weightGrams() {
        return weightGrams;
    }

    ShipmentStage state() {
        return state;
    }

    Instant bookedAt() {
        return bookedAt;
    }

    Instant promisedBy() {
        return promisedBy;
    }

    Instant lastScanAt() {
        return lastScanAt;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }

    String labelFile() {
        return labelFile;
    }

    String deliveryOtp() {
        return deliveryOtp;
    }

    ProofKind proofKind() {
        return proofKind;
    }

    Instant proofAt() {
        return proofAt;
    }

    BigDecimal codCollected() {
        return codCollected;
    }

    Instant delayRaisedAt() {
        return delayRaisedAt;
    }

    String delayReason() {
        return delayReason;
    }

    String delayAction() {
        return delayAction;
    }
}

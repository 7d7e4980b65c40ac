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

import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;

/** One payment stage of a purchase order: its share, the evidence that it is due, and its release. */
@Entity
@Table(name = "trading_vendor_stage")
class VendorStage {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "po_id")
    private long poId;
    @Enumerated(EnumType.STRING)
    private VendorStageKind stage;
    private int position;
    private BigDecimal percent;
    private BigDecimal amount;
    private String evidence;
    @Column(name = "evidence_at")
    private Instant evidenceAt;
    @Column(name = "released_at")
    private Instant releasedAt;
    @Column(name = "released_by")
    private String releasedBy;
    @Column(name = "release_reference")
    private String releaseReference;

    protected VendorStage() {
    }

    VendorStage(long poId, VendorStageKind stage, BigDecimal percent, BigDecimal amount) {
        this.poId = poId;
        this.stage = stage;
        this.position = stage.ordinal() + 1;
        this.percent = percent;
        this.amount = amount;
    }

    /** Records the evidence once; later evidence of the same stage changes nothing. */
    boolean evidenced(String what, Instant at) {
        if (evidence != null) {
            return false;
        }
        evidence = what.length() <= 400 ? what : what.substring(0, 399) + "…";
        evidenceAt = at;
        return true;
    }

    /**
     * @throws InvalidInputException without evidence (field {@code stage})
     * @throws ConflictException when it was released before
     */
    void release(String by, String reference, Instant at, String missing) {
        if (evidence == null) {
            throw new InvalidInputException("stage", stage + " has no evidence yet: " + missing);
        }
        if (releasedAt != null) {
            throw new ConflictException(stage + " was already released by " + releasedBy + " (" + releaseReference + ")");
        }
        releasedAt = at;
        releasedBy = by;
        releaseReference = reference;
    }

    boolean isReleased() {
        return releasedAt != null;
    }

    Long id() {
        return id;
    }

    long poId() {
        return poId;
    }

    VendorStageKind stage() {
        return stage;
    }

    BigDecimal percent() {
        return percent;
    }

    BigDecimal amount() {
        return amount;
    }

    String evidence() {
        return evidence;
    }

    Instant evidenceAt() {
        return evidenceAt;
    }

    Instant releasedAt() {
        return releasedAt;
    }

    String releasedBy() {
        return releasedBy;
    }

    String releaseReference() {
        return releaseReference;
    }
}

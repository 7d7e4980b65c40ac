package com.orderflow.jewelry;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Custody of one sample (J1, J4): who has it since when. A sample never simply disappears: it goes
 * back to {@link SampleState#RETURNED} or is {@link SampleState#LOST_ACCOUNTED} with a note.
 */
@Entity
@Table(name = "jewelry_sample")
class JewelrySample {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    @Enumerated(EnumType.STRING)
    private SampleKind kind;
    private String description;
    @Enumerated(EnumType.STRING)
    private SampleState state;
    @Column(name = "karigar_id")
    private String karigarId;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "returned_at")
    private Instant returnedAt;
    private String note;
    @Column(name = "updated_by")
    private String updatedBy;

    protected JewelrySample() {
    }

    JewelrySample(long orderId, SampleKind kind, String description, String actor) {
        this.orderId = orderId;
        this.kind = kind;
        this.description = description.strip();
        this.state = SampleState.AT_SHOP;
        this.updatedBy = actor;
    }

    void issueTo(String karigar, String actor, Instant now) {
        this.state = SampleState.WITH_KARIGAR;
        this.karigarId = karigar;
        this.issuedAt = now;
        this.updatedBy = actor;
    }

    void returned(String actor, Instant now, String remark) {
        this.state = SampleState.RETURNED;
        this.returnedAt = now;
        this.note = remark;
        this.updatedBy = actor;
    }

    void lost(String actor, Instant now, String remark) {
        this.state = SampleState.LOST_ACCOUNTED;
        this.returnedAt = now;
        this.note = remark;
        this.updatedBy = actor;
    }

    Long id() { return id; }
    long orderId() { return orderId; }
    SampleKind kind() { return kind; }
    String description() { return description; }
    SampleState state() { return state; }

    SampleView toView() {
        return new SampleView(id, kind, description, state, karigarId, issuedAt, returnedAt, note);
    }
}

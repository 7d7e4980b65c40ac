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

/** A line of the vendor ledger: a stage's release, or its credit when the order was cancelled or came back. */
@Entity
@Table(name = "trading_vendor_ledger")
class VendorLedgerEntry {
    enum Kind {
        RELEASE, CREDIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vendor_code")
    private String vendorCode;
    @Column(name = "po_id")
    private long poId;
    @Enumerated(EnumType.STRING)
    private VendorStageKind stage;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private BigDecimal amount;
    private String reference;
    private String note;
    private String actor;
    private Instant at;

    protected VendorLedgerEntry() {
    }

    VendorLedgerEntry(String vendorCode, long poId, VendorStageKind stage, Kind kind, BigDecimal amount, String reference,
            String note, String actor, Instant at) {
        this.vendorCode = vendorCode;
        this.poId = poId;
        this.stage = stage;
        this.kind = kind;
        this.amount = amount;
        this.reference = reference;
        this.note = note;
        this.actor = actor;
        this.at = at;
    }

    /** What the entry does to what the vendor has been paid: + for a release, − for a credit. */
    BigDecimal signedAmount() {
        return kind == Kind.RELEASE ? amount : amount.negate();
    }

    long poId() {
        return poId;
    }

    String vendorCode() {
        return vendorCode;
    }

    VendorStageKind stage() {
        return stage;
    }

    Kind kind() {
        return kind;
    }

    BigDecimal amount() {
        return amount;
    }

    String reference() {
        return reference;
    }

    String note() {
        return note;
    }

    String actor() {
        return actor;
    }

    Instant at() {
        return at;
    }
}

package com.orderflow.loyalty;

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

import org.hibernate.annotations.Immutable;

/** One line of the append-only points ledger: written once, never changed. */
@Entity
@Immutable
@Table(name = "loyalty_entry")
class PointsEntry {
    enum Kind {
        EARN, REDEEM, TAKE_BACK, EXPIRE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String phone;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private long points;
    @Column(name = "balance_after")
    private long balanceAfter;
    private BigDecimal rupees;
    @Column(name = "order_number")
    private String orderNumber;
    private String reference;
    private String actor;
    private Instant at;

    protected PointsEntry() {
    }

    PointsEntry(String phone, Kind kind, long points, long balanceAfter, BigDecimal rupees, String orderNumber,
            String reference, String actor, Instant at) {
        this.phone = phone;
        this.kind = kind;
        this.points = points;
        this.balanceAfter = balanceAfter;
        this.rupees = rupees;
        this.orderNumber = orderNumber;
        this.reference = reference;
        this.actor = actor;
        this.at = at;
    }

    String phone() {
        return phone;
    }

    Kind kind() {
        return kind;
    }

    long points() {
        return points;
    }

    BigDecimal rupees() {
        return rupees;
    }

    PointsHistory.Line toLine() {
        return new PointsHistory.Line(kind.name(), points, balanceAfter, orderNumber, at);
    }
}

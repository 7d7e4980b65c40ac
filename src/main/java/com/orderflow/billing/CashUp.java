package com.orderflow.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One count of the till's cash at day end: what was expected when it was counted, what was counted,
 * and the difference (negative: short). Never changed; a recount is a new count.
 */
@Entity
@Table(name = "cash_up")
class CashUp {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "business_day")
    private LocalDate day;
    @Column(name = "expected_cash")
    private BigDecimal expectedCash;
    @Column(name = "counted_cash")
    private BigDecimal countedCash;
    private BigDecimal difference;
    private String note;
    @Column(name = "counted_by")
    private String countedBy;
    @Column(name = "counted_at")
    private Instant countedAt;

    protected CashUp() {
    }

    CashUp(LocalDate day, BigDecimal expectedCash, BigDecimal countedCash, String note, String countedBy,
            Instant countedAt) {
        this.day = day;
        this.expectedCash = expectedCash;
        this.countedCash = countedCash;
        this.difference = countedCash.subtract(expectedCash);
        this.note = note;
        this.countedBy = countedBy;
        this.countedAt = countedAt;
    }

    BigDecimal difference() {
        return difference;
    }

    CashUpView.Count toView() {
        return new CashUpView.Count(expectedCash, countedCash, difference, note, countedBy, countedAt);
    }
}

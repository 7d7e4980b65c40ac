package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day's rate for a metal and purity, rupees per gram. */
@Entity
@Table(name = "metal_rate")
class MetalRate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "rate_date")
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    private Metal metal;
    private String purity;
    @Column(name = "rupees_per_gram")
    private BigDecimal rupeesPerGram;
    @Column(name = "entered_by")
    private String enteredBy;
    @Column(name = "entered_at")
    private Instant enteredAt;

    protected MetalRate() {
    }

    MetalRate(LocalDate date, Metal metal, String purity, BigDecimal rupeesPerGram, String actor, Instant now) {
        this.date = date;
        this.metal = metal;
        this.purity = purity;
        change(rupeesPerGram, actor, now);
    }

    void change(BigDecimal rate, String actor, Instant now) {
        this.rupeesPerGram = rate;
        this.enteredBy = actor;
        this.enteredAt = now;
    }

    BigDecimal rupeesPerGram() { return rupeesPerGram; }

    RateView toView() {
        return new RateView(date, metal, purity, rupeesPerGram, enteredBy);
    }
}

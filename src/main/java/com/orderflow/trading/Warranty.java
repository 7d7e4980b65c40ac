package com.orderflow.trading;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit's warranty (E1 1018): its serial's unit, from the day it was installed (or delivered) for the product's months. */
@Entity
@Table(name = "trading_warranty")
class Warranty {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    @Column(name = "unit_id")
    private long unitId;
    private int months;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "token_seed")
    private String tokenSeed;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "card_file")
    private String cardFile;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected Warranty() {
    }

    Warranty(long orderId, long unitId, int months, LocalDate startsOn, String tokenSeed, String tokenHash,
            Instant registeredAt) {
        this.orderId = orderId;
        this.unitId = unitId;
        this.months = months;
        this.startsOn = startsOn;
        // 12 months from 5 March end on 4 March of the next year
        this.endsOn = startsOn.plusMonths(months).minusDays(1);
        this.tokenSeed = tokenSeed;
        this.tokenHash = tokenHash;
        this.registeredAt = registeredAt;
    }

    void card(String file) {
        this.cardFile = file;
    }

    boolean coversOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    Long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    long unitId() {
        return unitId;
    }

    int months() {
        return months;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    String tokenSeed() {
        return tokenSeed;
    }

    String cardFile() {
        return cardFile;
    }

    Instant registeredAt() {
        return registeredAt;
    }
}

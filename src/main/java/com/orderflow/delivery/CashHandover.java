package com.orderflow.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The cash a delivery boy handed over for a shop day, against what his delivered stops collected in
 * cash that day when it was counted. Written once per boy and day, never changed.
 */
@Entity
@Table(name = "delivery_cash_handover")
class CashHandover {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate businessDay;
    private String deliveryBoy;
    private BigDecimal expected;
    private BigDecimal handedOver;
    /** expected - handedOver: more than zero is a shortfall */
    private BigDecimal shortBy;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected CashHandover() {
    }

    CashHandover(LocalDate day, String deliveryBoy, BigDecimal expected, BigDecimal handedOver, String note,
            String recordedBy, Instant recordedAt) {
        this.businessDay = day;
        this.deliveryBoy = deliveryBoy;
        this.expected = expected;
        this.handedOver = handedOver;
        this.shortBy = expected.subtract(handedOver);
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    String deliveryBoy() {
        return deliveryBoy;
    }

    DeliveryCashDay.Handover toView() {
        return new DeliveryCashDay.Handover(expected, handedOver, shortBy, note, recordedBy, recordedAt);
    }
}

package com.orderflow.billing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A gateway callback that passed its signature, kept once per event id with what it led to. */
@Entity
@Table(name = "payment_gateway_event")
class GatewayEvent {
    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "bill_number")
    private String billNumber;
    private String outcome;
    private String detail;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected GatewayEvent() {
    }

    GatewayEvent(String eventId, String billNumber, GatewayOutcome outcome, Instant receivedAt) {
        this.eventId = eventId;
        this.billNumber = billNumber;
        this.outcome = outcome.outcome();
        this.detail = outcome.detail().length() > 400 ? outcome.detail().substring(0, 400) : outcome.detail();
        this.receivedAt = receivedAt;
    }

    GatewayOutcome toOutcome() {
        return new GatewayOutcome(eventId, outcome, detail);
    }
}

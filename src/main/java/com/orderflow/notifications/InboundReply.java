package com.orderflow.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer's message to the shop, kept exactly as received. */
@Entity
@Table(name = "notification_reply")
class InboundReply {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String phone;
    private String body;
    @Enumerated(EnumType.STRING)
    private CustomerReply meaning;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "provider_sid")
    private String providerSid;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected InboundReply() {
    }

    InboundReply(String phone, String body, CustomerReply meaning, String orderNumber, String providerSid,
            Instant receivedAt) {
        this.phone = phone;
        this.body = body;
        this.meaning = meaning;
        this.orderNumber = orderNumber;
        this.providerSid = providerSid;
        this.receivedAt = receivedAt;
    }

    CustomerReply meaning() {
        return meaning;
    }

    String orderNumber() {
        return orderNumber;
    }
}

package com.orderflow.orders;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of an order's timeline: from, to, who, when. */
@Entity
@Table(name = "order_status_change")
class StatusChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private Long orderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private OrderStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private OrderStatus to;
    private String actor;
    @Column(name = "changed_at")
    private Instant at;

    protected StatusChange() {
    }

    StatusChange(Long orderId, OrderStatus from, OrderStatus to, String actor, Instant at) {
        this.orderId = orderId;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.at = at;
    }

    OrderStatus from() {
        return from;
    }

    OrderStatus to() {
        return to;
    }

    String actor() {
        return actor;
    }

    Instant at() {
        return at;
    }
}

package com.orderflow.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A number that answered STOP: the shop sends it nothing until it answers START. */
@Entity
@Table(name = "notification_opt_out")
class OptOut {
    @Id
    private String phone;
    @Column(name = "opted_out_at")
    private Instant optedOutAt;
    private String source;

    protected OptOut() {
    }

    OptOut(String phone, Instant optedOutAt, String source) {
        this.phone = phone;
        this.optedOutAt = optedOutAt;
        this.source = source;
    }
}

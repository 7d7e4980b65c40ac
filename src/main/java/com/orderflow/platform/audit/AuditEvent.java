package com.orderflow.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_event")
class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    private String action;
    @Column(name = "order_ref")
    private String orderRef;
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, String actor, String action, String orderRef, String details) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.orderRef = orderRef;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }

    AuditEntry toEntry() {
        return new AuditEntry(at, actor, action, orderRef, details);
    }
}

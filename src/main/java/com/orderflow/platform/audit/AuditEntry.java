package com.orderflow.platform.audit;

import java.time.Instant;

/** One recorded action: who did what, when, to which order (may be null). */
public record AuditEntry(Instant at, String actor, String action, String orderRef, String details) {
}

package com.orderflow.platform.audit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.orderflow.platform.ExpiredRows;

/**
 * Audit entries older than {@code orderflow.retention.keep} are deleted each night, in the engine's
 * history cleanup window, so that the audit trail and the engine's history of the same work go
 * together.
 */
@Component
public class AuditRetention {
    private final ExpiredRows expired;

    AuditRetention(ExpiredRows expired) {
        this.expired = expired;
    }

    @Scheduled(cron = "${orderflow.retention.cron:0 30 1 * * *}", zone = "${orderflow.zone:Asia/Kolkata}")
    void nightly() {
        forgetExpired();
    }

    /** Deletes the entries older than the retention; answers how many. */
    public int forgetExpired() {
        return expired.delete("audit_event", "at < ?");
    }
}

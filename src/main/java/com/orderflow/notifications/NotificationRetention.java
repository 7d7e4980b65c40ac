package com.orderflow.notifications;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.orderflow.platform.ExpiredRows;

/**
 * The outbox does not grow for ever: notifications that reached an end (sent, delivered, failed, never
 * configured) and last changed longer ago than {@code orderflow.retention.keep} are deleted each night.
 * Pending and sending ones are never touched, however old.
 */
@Component
public class NotificationRetention {
    private final ExpiredRows expired;

    NotificationRetention(ExpiredRows expired) {
        this.expired = expired;
    }

    @Scheduled(cron = "${orderflow.retention.cron:0 30 1 * * *}", zone = "${orderflow.zone:Asia/Kolkata}")
    void nightly() {
        forgetExpired();
    }

    /** Deletes the finished notifications older than the retention; answers how many. */
    public int forgetExpired() {
        return expired.delete("notification", "status IN ('SENT', 'DELIVERED', 'FAILED', 'NOT_CONFIGURED')"
                + " AND updated_at < ?");
    }
}

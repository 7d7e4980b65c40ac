package com.orderflow.reports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A user task someone completed, from the engine's task history: queue = claimed − created (null
 * when the engine assigned it as it made it), work = completed − claimed; so queue + work is the
 * task's whole duration.
 */
record TaskFact(String taskId, String processKey, String taskKey, String taskName, String person, String orderNumber,
        Instant createdAt, Instant claimedAt, Instant completedAt, LocalDate completedDay, Long queueMs, long workMs) {

    long totalMs() {
        return (queueMs == null ? 0 : queueMs) + workMs;
    }
}

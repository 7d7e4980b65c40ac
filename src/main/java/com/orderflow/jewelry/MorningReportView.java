package com.orderflow.jewelry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A morning report: order numbers due today, overdue, received from karigars, ready, not collected. */
public record MorningReportView(Long id, LocalDate date, List<String> dueToday, List<String> overdue,
        List<String> received, List<String> ready, List<String> notCollected, Instant createdAt) {
}

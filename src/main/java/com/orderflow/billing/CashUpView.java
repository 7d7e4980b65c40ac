package com.orderflow.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The day-end cash-up of one shop day: the day's money per source and payment mode, what the till
 * should hold in cash, and the counts made (latest first; {@code latest()} is the one that stands).
 */
public record CashUpView(LocalDate day, List<CashUpSection> sections, BigDecimal expectedCash, BigDecimal expectedUpi,
        BigDecimal expectedCard, List<Count> counts) {

    /** One count: expected and counted cash, the difference (negative: short), why, who, when. */
    public record Count(BigDecimal expectedCash, BigDecimal countedCash, BigDecimal difference, String note,
            String countedBy, Instant countedAt) {

        /** Less cash in the till than expected: flagged on the page and in the audit. */
        public boolean shortfall() {
            return difference.signum() < 0;
        }

        public boolean excess() {
            return difference.signum() > 0;
        }
    }

    /** The count that stands (the latest), or null before the till was counted. */
    public Count latest() {
        return counts.isEmpty() ? null : counts.get(0);
    }

    /** Everything the day brought in, all modes. */
    public BigDecimal expectedTotal() {
        return expectedCash.add(expectedUpi).add(expectedCard);
    }
}

package com.orderflow.billing;

import java.time.LocalDate;

/**
 * A source of money the day-end cash-up expects: a Spring bean of any module (billing has the counter
 * sales and the bill payments taken at the till; delivery adds its boys' collections by declaring a
 * bean of its own), so that billing needs to know none of them.
 */
public interface CashUpSource {
    /** What this source brought in on the shop day {@code day}. */
    CashUpSection section(LocalDate day);
}

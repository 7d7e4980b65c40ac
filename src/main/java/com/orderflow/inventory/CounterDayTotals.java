package com.orderflow.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The counter sales of one shop day: how many, what they came to, and the money per payment mode. */
public record CounterDayTotals(LocalDate day, int sales, BigDecimal total, BigDecimal cash, BigDecimal upi,
        BigDecimal card) {
}

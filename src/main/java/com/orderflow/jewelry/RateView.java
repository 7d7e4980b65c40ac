package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A day's metal rate. */
public record RateView(LocalDate date, Metal metal, String purity, BigDecimal rupeesPerGram, String enteredBy) {
}

package com.orderflow.billing;

import java.math.BigDecimal;

/** Money taken at the counter: mode cash, upi or card; a reference (UTR, card slip) for UPI and card. */
public record PaymentRequest(String mode, BigDecimal amount, String reference) {
}

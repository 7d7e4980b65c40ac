package com.orderflow.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Published when money is counted against a bill (at the counter, or accepted from the payment
 * gateway). Published synchronously inside the transaction that records it, so a listener that
 * writes (a webhook outbox row) commits or rolls back together with the payment.
 */
public record PaymentReceived(String orderNumber, String billNumber, BigDecimal amount, String mode, Instant at) {
}

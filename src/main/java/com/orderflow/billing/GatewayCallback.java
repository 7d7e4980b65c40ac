package com.orderflow.billing;

import java.math.BigDecimal;

/**
 * The payment gateway's callback body: one event per payment attempt, {@code status} "captured"
 * or "failed", the bill number the UPI link carried as its reference.
 */
public record GatewayCallback(String eventId, String billNumber, BigDecimal amount, String currency, String status,
        String reference) {
}

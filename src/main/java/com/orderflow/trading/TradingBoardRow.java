package com.orderflow.trading;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A trading order on the board: where it is in the 18 steps (the furthest step done, its department
 * and progress), the AWB, and whether its shipment is late.
 */
public record TradingBoardRow(String number, String customerName, String city, BigDecimal total,
        PaymentMode paymentMode, TradingState state, TradingStep step, int progress, String awb, boolean delayed,
        Instant createdAt) {
}

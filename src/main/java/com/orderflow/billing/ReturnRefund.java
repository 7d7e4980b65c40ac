package com.orderflow.billing;

import java.math.BigDecimal;

/**
 * What a return's refund did: the credit note taken off the bill and the money paid back.
 *
 * @param credited      the returned pieces' value as credited (at most what was left on the bill)
 * @param refunded      money handed back: what the customer had paid beyond the bill after the credit
 *                      note, never more than was paid; zero when the bill was not (fully) paid
 * @param method        CASH, UPI or GATEWAY; null when no money went back
 */
public record ReturnRefund(String creditNote, String billNumber, BigDecimal credited, BigDecimal refunded,
        PaymentMode method, String reference) {
}

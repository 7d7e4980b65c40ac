package com.orderflow.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where an order's money stands against its current bill: billed = that bill's total less its
 * credit notes; paid = accepted payments of the order; due = billed − paid (negative: refund due).
 */
record Account(Bill current, BigDecimal billed, BigDecimal paid, BigDecimal due) {

    static Account of(Bill current, List<CreditNote> creditsOfCurrent, List<Payment> payments) {
        BigDecimal credited = creditsOfCurrent.stream().map(CreditNote::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal billed = current == null ? BigDecimal.ZERO.setScale(2) : current.grandTotal().subtract(credited);
        BigDecimal paid = payments.stream().filter(Payment::isAccepted).map(Payment::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Account(current, billed, paid, billed.subtract(paid));
    }

    PaymentState state() {
        if (due.signum() < 0) {
            return PaymentState.REFUND_DUE;
        }
        if (due.signum() == 0) {
            return PaymentState.PAID;
        }
        return paid.signum() == 0 ? PaymentState.UNPAID : PaymentState.PARTLY_PAID;
    }

    /** What may still be credited on the current bill. */
    BigDecimal creditable() {
        return billed;
    }
}

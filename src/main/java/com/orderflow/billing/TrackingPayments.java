package com.orderflow.billing;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.tracking.PaymentStatusSource;

/**
 * What the public tracking page says about money (K1: scanning shows whether the bill is paid):
 * "Paid", or what is due with a UPI button. A cancelled bill that nobody paid says nothing.
 */
@Component
class TrackingPayments implements PaymentStatusSource {
    private final Accounts accounts;
    private final UpiLinks upiLinks;

    TrackingPayments(Accounts accounts, UpiLinks upiLinks) {
        this.accounts = accounts;
        this.upiLinks = upiLinks;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TrackedPayment> forOrder(String orderNumber) {
        Account account = accounts.of(orderNumber);
        Bill bill = account.current();
        if (bill == null || (!bill.isIssued() && account.paid().signum() == 0)) {
            return Optional.empty();
        }
        boolean paid = account.due().signum() <= 0;
        BigDecimal due = account.due().max(BigDecimal.ZERO.setScale(2));
        String link = bill.isIssued() ? upiLinks.forBill(bill.number(), due).orElse(null) : null;
        return Optional.of(new TrackedPayment(paid, account.billed(), due, link));
    }
}

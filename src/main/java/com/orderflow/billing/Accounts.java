package com.orderflow.billing;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Reads an order's current bill, its credit notes and the order's payments into an {@link Account}. */
@Component
class Accounts {
    private final Bills bills;
    private final CreditNotes creditNotes;
    private final Payments payments;

    Accounts(Bills bills, CreditNotes creditNotes, Payments payments) {
        this.bills = bills;
        this.creditNotes = creditNotes;
        this.payments = payments;
    }

    /** The order's current bill: the live one, or the cancelled one; never a superseded one. */
    Optional<Bill> currentBill(String orderNumber) {
        return bills.findFirstByOrderNumberAndStatusNotOrderByIdDesc(orderNumber, BillStatus.SUPERSEDED);
    }

    Account of(String orderNumber) {
        Bill current = currentBill(orderNumber).orElse(null);
        List<CreditNote> credits = current == null ? List.of() : creditNotes.findByBillIdOrderByIdAsc(current.id());
        return Account.of(current, credits, payments.findByOrderNumberOrderByIdAsc(orderNumber));
    }
}

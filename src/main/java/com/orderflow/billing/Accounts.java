package com.orderflow.billing;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads an order's current bill, its credit notes and the order's payments into an {@link Account}. */
@Component
class Accounts {
    private final Bills bills;
    private final CreditNotes creditNotes;
    private final Payments payments;
    private final JdbcTemplate jdbc;

    Accounts(Bills bills, CreditNotes creditNotes, Payments payments, JdbcTemplate jdbc) {
        this.bills = bills;
        this.creditNotes = creditNotes;
        this.payments = payments;
        this.jdbc = jdbc;
    }

    /**
     * Locks the bills of the order the bill belongs to until the transaction ends, so that money on
     * one order (payments, gateway captures, credit notes, refunds, revisions, cancellations) is
     * checked and written one at a time on every node: without it, a counter payment and a gateway
     * capture of the same amount both see it due and both count. Call it first, before the bill is
     * read, so that what follows reads what the previous writer committed. Nothing for an unknown bill.
     */
    void lockOrderOfBill(String billNumber) {
        String normal = billNumber == null ? "" : billNumber.strip().toUpperCase(java.util.Locale.ROOT);
        jdbc.queryForList("SELECT order_number FROM bill WHERE bill_number = ?", String.class, normal)
                .forEach(this::lockOrder);
    }

    /** Locks the order's bills until the transaction ends; see {@link #lockOrderOfBill}. */
    void lockOrder(String orderNumber) {
        jdbc.queryForList("SELECT id FROM bill WHERE order_number = ? ORDER BY id FOR UPDATE", Long.class, orderNumber);
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

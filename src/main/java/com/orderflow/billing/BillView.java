package com.orderflow.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A bill as staff and the API see it, with where the order's money stands. {@code amountDue} and
 * {@code paymentState} are the order's (payments belong to the order, not to one bill);
 * {@code upiLink} is present while something is due on the current bill and a UPI id is configured.
 * The customer's phone and address and, with GST on, the place of supply are as they were when the
 * bill was issued (a bill issued before they were recorded may lack them).
 */
public record BillView(String number, String orderNumber, BillStatus status, String revises, String supersededBy,
        String reason, String customerName, boolean gstEnabled, String gstin, List<Line> lines,
        BigDecimal subtotal, BigDecimal lineDiscount, BigDecimal billDiscount, BigDecimal taxable, BigDecimal cgst,
        BigDecimal sgst, BigDecimal grandTotal, String issuedBy, Instant issuedAt, List<CreditNoteView> creditNotes,
        List<PaymentView> payments, List<FlagView> flags, List<BillSummary> orderBills, BigDecimal amountDue,
        PaymentState paymentState, String upiLink, String customerPhone, String customerAddress,
        String placeOfSupply) {

    /** {@code hsn}: the product's HSN/SAC code when the bill was issued, or null. */
    public record Line(int lineNo, String sku, String product, String size, int quantity, BigDecimal unitPrice,
            BigDecimal lineDiscount, BigDecimal billDiscount, BigDecimal taxable, BigDecimal gstRate, BigDecimal cgst,
            BigDecimal sgst, BigDecimal lineTotal, String hsn) {

        /** The line's own discount and its share of the bill discount together. */
        public BigDecimal discount() {
            return lineDiscount.add(billDiscount);
        }
    }

    public record CreditNoteView(String number, String billNumber, String kind, BigDecimal amount, String reason,
            String issuedBy, Instant issuedAt) {
    }

    public record PaymentView(long id, String billNumber, PaymentMode mode, BigDecimal amount, String reference,
            PaymentStatus status, String recordedBy, Instant recordedAt) {
    }

    /** Discounts on the lines and on the bill together. */
    public BigDecimal discount() {
        return lineDiscount.add(billDiscount);
    }

    /** What this bill's credit notes took off it. */
    public BigDecimal credited() {
        return creditNotes.stream().map(CreditNoteView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether this is the order's live bill, the one money and changes go to. */
    public boolean live() {
        return status == BillStatus.ISSUED;
    }
}

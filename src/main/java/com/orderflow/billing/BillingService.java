package com.orderflow.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Bills (K1, K2): issued from the order when the biller completes "Bill order", then never
 * edited. A change of items is a revision (a new bill, the old one superseded, the order's lines
 * and packed stock changed with it); a price correction is a credit note; a cancellation is a
 * full credit note and the order cancelled. Every method changes all it should or nothing.
 */
@Service
public class BillingService {
    static final Set<OrderStatus> REVISABLE = Set.of(OrderStatus.BILLED, OrderStatus.READY_FOR_DISPATCH);
    private static final int MAX_REASON = 400;
    /** A revision's reason also goes, with a prefix, into the stock ledger's note (400 characters). */
    private static final int MAX_REVISION_REASON = 300;

    private final Bills bills;
    private final CreditNotes creditNotes;
    private final Payments payments;
    private final PaymentFlags flags;
    private final Accounts accounts;
    private final BillWriter writer;
    private final DocumentNumbers numbers;
    private final UpiLinks upiLinks;
    private final OrderLifecycle lifecycle;
    private final OrderService orders;
    private final AuditLog audit;
    private final ShopClock clock;
    private final ApplicationEventPublisher events;
    private final List<PointsRedemption> redemptions;

    BillingService(Bills bills, CreditNotes creditNotes, Payments payments, PaymentFlags flags, Accounts accounts,
            BillWriter writer, DocumentNumbers numbers, UpiLinks upiLinks, OrderLifecycle lifecycle,
            OrderService orders, AuditLog audit, ShopClock clock, ApplicationEventPublisher events,
            List<PointsRedemption> redemptions) {
        this.bills = bills;
        this.creditNotes = creditNotes;
        this.payments = payments;
        this.flags = flags;
        this.accounts = accounts;
        this.writer = writer;
        this.numbers = numbers;
        this.upiLinks = upiLinks;
        this.lifecycle = lifecycle;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.redemptions = List.copyOf(redemptions);
    }

    /**
     * Issues the bill of a packed order, for the order process (no user: the biller completed the
     * task). Idempotent: an order that has a live bill gets that one back and nothing is written.
     * A counter payment (cash, UPI, card) is recorded for the bill total; "credit" records none.
     *
     * @throws InvalidInputException for a bad bill discount or payment mode, naming the form field
     * @throws ConflictException when the order is not packed
     */
    @Transactional
    public IssuedBill issueForOrder(String orderNumber, BigDecimal billDiscount, String paymentMode,
            String paymentReference, String actor) {
        return issueForOrder(orderNumber, billDiscount, 0, paymentMode, paymentReference, actor);
    }

    /**
     * As {@link #issueForOrder(String, BigDecimal, String, String, String)}, spending {@code redeemPoints}
     * loyalty points of the customer on the bill: what they are worth is taken off with the bill
     * discount (before GST, like any discount at the time of sale), written together with the bill.
     *
     * @throws InvalidInputException naming redeemPoints when the points cannot be spent
     */
    @Transactional
    public IssuedBill issueForOrder(String orderNumber, BigDecimal billDiscount, long redeemPoints, String paymentMode,
            String paymentReference, String actor) {
        Optional<Bill> current = accounts.currentBill(orderNumber).filter(Bill::isIssued);
        if (current.isPresent()) {
            return new IssuedBill(current.get().number(), current.get().grandTotal(), false);
        }
        Optional<PaymentMode> mode = PaymentMode.ofCounter(paymentMode);
        boolean credit = paymentMode != null && "credit".equalsIgnoreCase(paymentMode.strip());
        if (mode.isEmpty() && !credit) {
            throw new InvalidInputException("paymentMode", "must be one of cash, upi, card, credit");
        }
        String reference = blankToNull(paymentReference);
        if (reference != null && reference.length() > 100) {
            throw new InvalidInputException("paymentReference", "must be at most 100 characters");
        }
        Bill bill = issue(orderNumber, billDiscount, redeemPoints, actor);
        if (mode.isPresent()) {
            payments.save(Payment.atCounter(orderNumber, bill.number(), mode.get(), bill.grandTotal(), reference, actor,
                    clock.now()));
            audit.record(actor, "PAYMENT_RECORDED", orderNumber, mode.get() + " " + Rupees.format(bill.grandTotal())
                    + " for " + bill.number() + (reference == null ? "" : " (" + reference + ")"));
        }
        return new IssuedBill(bill.number(), bill.grandTotal(), true);
    }

    private Bill issue(String orderNumber, BigDecimal billDiscount, long redeemPoints, String actor) {
        long orderId = lifecycle.idOf(orderNumber);
        OrderView order = lifecycle.view(orderId);
        if (order.status() != OrderStatus.PACKED) {
            throw new ConflictException("Order " + orderNumber + " is " + order.status()
                    + "; a bill is issued once it is packed");
        }
        BigDecimal discount = writer.checkedDiscount(order, billDiscount, "billDiscount");
        if (redeemPoints != 0) {
            BigDecimal left = writer.net(order).subtract(discount);
            BigDecimal worth = redemptions.stream().findFirst()
                    .orElseThrow(() -> new InvalidInputException("redeemPoints", "cannot be spent: no loyalty scheme"))
                    .redeem(order.customer().phone(), orderNumber, redeemPoints, left, "redeemPoints", actor);
            discount = writer.checkedDiscount(order, discount.add(worth), "redeemPoints");
        }
        Bill bill = writer.write(order, orderId, discount, null, null, actor);
        audit.record(actor, "BILL_ISSUED", orderNumber, bill.number() + ", total " + Rupees.format(bill.grandTotal())
                + (discount.signum() > 0 ? ", bill discount " + Rupees.format(discount) : ""));
        return bill;
    }

    /**
     * Holds the order's money still until the caller's transaction ends (the same lock every payment,
     * credit note, refund, revision and cancellation of the order takes first), so that another module
     * that checks something of the order against what was done before (Customer Care opening a
     * return) does so one at a time on every node. Call it before reading what is checked.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lockOrder(String orderNumber) {
        accounts.lockOrder(orderNumber);
    }

    /** Tells other modules (loyalty points) of a credit note, in its transaction. */
    private void published(CreditNote note, Bill bill, String actor) {
        events.publishEvent(new CreditNoteIssued(bill.orderNumber(), bill.number(), note.number(), note.amount(), actor));
    }

    /** Whether the user may take payments, revise, credit and cancel bills and resolve flags. */
    public boolean mayHandleMoney(CurrentUser user) {
        return BillingPermissions.mayHandleMoney(user);
    }

    /** Whether the user may send a bill to the customer. */
    public boolean maySend(CurrentUser user) {
        return BillingPermissions.maySend(user);
    }

    @Transactional(readOnly = true)
    public BillView get(String number, CurrentUser user) {
        BillingPermissions.checkView(user);
        return view(load(number));
    }

    /** The number of the order's current bill (live or cancelled), if it has one. */
    @Transactional(readOnly = true)
    public Optional<String> currentBillOf(String orderNumber, CurrentUser user) {
        BillingPermissions.checkView(user);
        return accounts.currentBill(orderNumber.strip()).map(Bill::number);
    }

    /**
     * A revised bill (K2): the order's lines change (stock and the packer follow, see
     * {@link OrderLifecycle#changeLinesAfterPacking}), a new bill with the next number revises
     * this one, and this one is superseded. Only while the order is billed or ready for dispatch.
     * <p>
     * A bill that already has a credit note is never revised: the order's account counts the credit
     * notes of its current bill only, so a revision would silently drop the credit and ask the
     * customer for that money again. Refusing is the simple safe rule; carrying credits forward would
     * have to guess whether the revised prices already include the correction (and count it twice).
     *
     * @throws ConflictException when the bill has credit notes, naming the ways left: another credit
     *         note, or cancel the bill and bill the order anew
     */
    @Transactional
    public BillView revise(String number, Revision revision, CurrentUser user) {
        BillingPermissions.checkMoney(user);
        accounts.lockOrderOfBill(number);
        Bill bill = load(number);
        requireLive(bill, "revised");
        List<CreditNote> credited = creditNotes.findByBillIdOrderByIdAsc(bill.id());
        if (!credited.isEmpty()) {
            throw new ConflictException("Bill " + bill.number() + " has credit note " + String.join(", ",
                    credited.stream().map(CreditNote::number).toList()) + " and cannot be revised: a revised bill "
                    + "would not carry the credit, and the customer would be asked for it again. Correct the price "
                    + "with another credit note (POST /api/bills/" + bill.number() + "/credit-notes), or cancel the "
                    + "bill (POST /api/bills/" + bill.number() + "/cancel) and bill the order anew");
        }
        String reason = checkedReason(revision == null ? null : revision.reason(), MAX_REVISION_REASON);
        if (revision.lines() == null || revision.lines().isEmpty()) {
            throw new InvalidInputException("lines", "must list the order's items as they should be now "
                    + "(to cancel everything, cancel the bill)");
        }
        long orderId = lifecycle.idOf(bill.orderNumber());
        OrderStatus status = lifecycle.view(orderId).status();
        if (!REVISABLE.contains(status)) {
            throw new ConflictException("Order " + bill.orderNumber() + " is " + status + ": a bill can be revised only "
                    + "while the order is BILLED or READY_FOR_DISPATCH; once it has left the shop, correct the price "
                    + "with a credit note (POST /api/bills/" + number + "/credit-notes)");
        }
        String changes = lifecycle.changeLinesAfterPacking(bill.orderNumber(), revision.lines(), reason, user.id());
        OrderView changed = lifecycle.view(orderId);
        BigDecimal discount = writer.checkedDiscount(changed, revision.billDiscount(), "billDiscount");
        Bill revised = writer.write(changed, orderId, discount, bill, reason, user.id());
        bill.supersedeBy(revised.number());
        bills.saveAndFlush(bill);
        audit.record(user.id(), "BILL_REVISED", bill.orderNumber(), bill.number() + " → " + revised.number() + ", total "
                + Rupees.format(bill.grandTotal()) + " → " + Rupees.format(revised.grandTotal()) + ": " + reason
                + (changes == null || changes.isBlank() ? "" : " (" + changes + ")"));
        flagRefundIfOverpaid(bill.orderNumber(), user.id());
        return view(revised);
    }

    /** A credit note against the live bill: a price correction that leaves the bill as issued. */
    @Transactional
    public BillView creditNote(String number, BigDecimal amount, String reason, CurrentUser user) {
        BillingPermissions.checkMoney(user);
        accounts.lockOrderOfBill(number);
        Bill bill = load(number);
        requireLive(bill, "credited");
        List<FieldProblem> problems = new java.util.ArrayList<>();
        Account account = accounts.of(bill.orderNumber());
        if (amount == null || amount.signum() <= 0) {
            problems.add(new FieldProblem("amount", "must be more than zero"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("amount", "must be in rupees with at most 2 decimals (paise)"));
        } else if (amount.compareTo(account.creditable()) > 0) {
            problems.add(new FieldProblem("amount", "must be at most what is left on the bill ("
                    + Rupees.format(account.creditable()) + "); to take back the whole bill, cancel it"));
        }
        String why = null;
        try {
            why = checkedReason(reason);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CreditNote note = creditNotes.saveAndFlush(new CreditNote(numbers.nextCreditNoteNumber(), bill,
                CreditNote.Kind.PRICE_CORRECTION, BillCalculator.rupees(amount), why, user.id(), clock.now()));
        published(note, bill, user.id());
        audit.record(user.id(), "CREDIT_NOTE_ISSUED", bill.orderNumber(), note.number() + " on "
                + bill.number() + ": " + Rupees.format(note.amount()) + ", " + why);
        flagRefundIfOverpaid(bill.orderNumber(), user.id());
        return view(bill);
    }

    /**
     * What returned pieces are worth on the order's current bill: each piece at its bill line's total
     * (after discounts, with GST) divided by the line's quantity; a whole line at exactly its total.
     * Pieces returned in parts are valued as the difference of what all of them and the earlier ones
     * are worth, so the parts add up to the line's total to the paisa. Capped at what is left on the
     * bill. Zero when the order has no bill.
     *
     * @param creditedBefore the pieces of earlier refunded returns of the order, already credited
     *
     * @throws InvalidInputException naming {@code lines[i]} for a SKU the bill does not hold in that number
     */
    @Transactional(readOnly = true)
    public BigDecimal valueOfReturn(String orderNumber, List<ReturnedItem> items, List<ReturnedItem> creditedBefore) {
        Optional<Bill> bill = accounts.currentBill(orderNumber);
        if (bill.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return returnedValue(bill.get(), items, creditedBefore).min(accounts.of(orderNumber).creditable().max(BigDecimal.ZERO));
    }

    /**
     * Refunds returned goods (K9, S5): a credit note for their value against the live bill, and, when
     * the customer had paid more than the bill now asks, that money back by {@code method} (cash, upi
     * with its reference, or gateway: back to the original payment). Money back is never more than
     * was paid less what was refunded before, so a partly paid bill gets back only its overpayment.
     * For the returns process (no user: the biller decided in the task); all or nothing. The pieces
     * are valued as in {@link #valueOfReturn}, after {@code creditedBefore}.
     *
     * @throws InvalidInputException for a bad method or missing UPI reference (naming refundMethod,
     *         refundReference) or returned pieces the bill does not hold
     * @throws ConflictException when the order has no live bill
     */
    @Transactional
    public ReturnRefund refundReturn(String orderNumber, String returnNumber, List<ReturnedItem> items,
            List<ReturnedItem> creditedBefore, String method, String reference, String actor) {
        accounts.lockOrder(orderNumber);
        Bill bill = accounts.currentBill(orderNumber)
                .orElseThrow(() -> new ConflictException("Order " + orderNumber + " has no bill to refund against"));
        requireLive(bill, "credited for return " + returnNumber);
        Account before = accounts.of(orderNumber);
        BigDecimal credit = returnedValue(bill, items, creditedBefore).min(before.creditable().max(BigDecimal.ZERO));
        BigDecimal back = before.paid().subtract(before.billed().subtract(credit)).max(BigDecimal.ZERO).min(credit)
                .min(before.paid().max(BigDecimal.ZERO));
        String ref = blankToNull(reference);
        PaymentMode mode = back.signum() > 0 ? checkedRefundMode(method, ref, back) : null;
        String noteNumber = null;
        if (credit.signum() > 0) {
            CreditNote note = creditNotes.saveAndFlush(new CreditNote(numbers.nextCreditNoteNumber(), bill,
                    CreditNote.Kind.RETURN, credit, "return " + returnNumber, actor, clock.now()));
            noteNumber = note.number();
            published(note, bill, actor);
            audit.record(actor, "CREDIT_NOTE_ISSUED", orderNumber, noteNumber + " on " + bill.number() + ": "
                    + Rupees.format(credit) + ", return " + returnNumber);
        }
        if (back.signum() > 0) {
            // money going out is a negative payment: paid stays the net of what the customer gave
            payments.save(Payment.atCounter(orderNumber, bill.number(), mode, back.negate(), ref, actor, clock.now()));
            audit.record(actor, "REFUND_PAID", orderNumber, mode + " " + Rupees.format(back) + " for return "
                    + returnNumber + (ref == null ? "" : " (" + ref + ")"));
        }
        return new ReturnRefund(noteNumber, bill.number(), credit, back, back.signum() > 0 ? mode : null,
                back.signum() > 0 ? ref : null);
    }

    /**
     * What {@code items} add to the pieces {@code before} on the bill's lines: each line's share of
     * all its returned pieces less its share of the earlier ones, so that no paisa drifts however
     * the pieces come back. Pieces fill a SKU's lines in bill order, the earlier ones first.
     */
    private static BigDecimal returnedValue(Bill bill, List<ReturnedItem> items, List<ReturnedItem> before) {
        List<BillLine> lines = bill.lines();
        int[] earlier = new int[lines.size()];
        int[] none = new int[lines.size()];
        for (ReturnedItem item : before == null ? List.<ReturnedItem>of() : before) {
            allocate(lines, none, earlier, item.sku(), item.quantity());
        }
        int[] now = new int[lines.size()];
        for (int i = 0; i < items.size(); i++) {
            ReturnedItem item = items.get(i);
            int left = allocate(lines, earlier, now, item.sku(), item.quantity());
            if (left > 0) {
                throw new InvalidInputException("lines[" + i + "].quantity", "must be at most what bill "
                        + bill.number() + " holds of " + item.sku() + " less the pieces refunded before");
            }
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int l = 0; l < lines.size(); l++) {
            if (now[l] > 0) {
                total = total.add(share(lines.get(l), earlier[l] + now[l]).subtract(share(lines.get(l), earlier[l])));
            }
        }
        return total;
    }

    /** Puts {@code quantity} pieces of a SKU on its lines' room left; answers the pieces that found none. */
    private static int allocate(List<BillLine> lines, int[] earlier, int[] now, String sku, int quantity) {
        int left = quantity;
        for (int l = 0; l < lines.size() && left > 0; l++) {
            BillLine line = lines.get(l);
            if (!line.sku().equalsIgnoreCase(sku)) {
                continue;
            }
            int pieces = Math.min(left, line.quantity() - earlier[l] - now[l]);
            if (pieces > 0) {
                now[l] += pieces;
                left -= pieces;
            }
        }
        return left;
    }

    /** What {@code pieces} of a line are worth: its total for all of them, else their share to the paisa. */
    private static BigDecimal share(BillLine line, int pieces) {
        if (pieces == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return pieces >= line.quantity() ? line.lineTotal()
                : line.lineTotal().multiply(BigDecimal.valueOf(pieces))
                        .divide(BigDecimal.valueOf(line.quantity()), 2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * How {@code back} is paid back: cash, upi (with its reference) or gateway (to the original payment).
     *
     * @throws InvalidInputException naming refundMethod or refundReference
     */
    static PaymentMode checkedRefundMode(String method, String reference, BigDecimal back) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        PaymentMode mode = refundMode(method);
        if (mode == null) {
            problems.add(new FieldProblem("refundMethod", "must be cash, upi or gateway (back to the original "
                    + "payment) to pay back " + Rupees.format(back)));
        } else if (mode == PaymentMode.UPI && reference == null) {
            problems.add(new FieldProblem("refundReference", "must give the UPI reference (UTR) of the refund"));
        }
        if (reference != null && reference.length() > 100) {
            problems.add(new FieldProblem("refundReference", "must be at most 100 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return mode;
    }

    private static PaymentMode refundMode(String method) {
        if (method == null) {
            return null;
        }
        return switch (method.strip().toLowerCase(Locale.ROOT)) {
            case "cash" -> PaymentMode.CASH;
            case "upi" -> PaymentMode.UPI;
            case "gateway" -> PaymentMode.GATEWAY;
            default -> null;
        };
    }

    /**
     * Cancels the live bill with a credit note for what is left on it, and the order with it (its
     * process puts packed stock back). The order's own rules decide who may cancel it in its status.
     */
    @Transactional
    public BillView cancel(String number, String reason, CurrentUser user) {
        BillingPermissions.checkMoney(user);
        accounts.lockOrderOfBill(number);
        Bill bill = load(number);
        requireLive(bill, "cancelled");
        String why = checkedReason(reason);
        Account account = accounts.of(bill.orderNumber());
        String note = null;
        if (account.creditable().signum() > 0) {
            CreditNote credit = creditNotes.saveAndFlush(new CreditNote(numbers.nextCreditNoteNumber(), bill,
                    CreditNote.Kind.CANCELLATION, account.creditable(), why, user.id(), clock.now()));
            note = credit.number();
            published(credit, bill, user.id());
        }
        bill.cancel();
        bills.saveAndFlush(bill);
        audit.record(user.id(), "BILL_CANCELLED", bill.orderNumber(), bill.number() + (note == null ? "" : ", credit note "
                + note + " for " + Rupees.format(account.creditable())) + ": " + why);
        if (lifecycle.view(bill.orderId()).status() != OrderStatus.CANCELLED) {
            orders.cancel(bill.orderNumber(), why, user);
        }
        flagRefundIfOverpaid(bill.orderNumber(), user.id());
        return view(bill);
    }

    /**
     * Bills are never edited: the answer names the ways to change one.
     *
     * @throws NotFoundException for a bill that does not exist
     * @throws ConflictException always otherwise
     */
    @Transactional(readOnly = true)
    public void refuseEdit(String number, CurrentUser user) {
        BillingPermissions.checkView(user);
        Bill bill = load(number);
        String live = bill.isIssued() ? bill.number() : accounts.currentBill(bill.orderNumber()).filter(Bill::isIssued)
                .map(Bill::number).orElse(null);
        if (live == null) {
            throw new ConflictException("Bill " + number + " is " + bill.status() + " and can no longer change; "
                    + "issued bills are never edited");
        }
        throw new ConflictException("Bill " + number + " is " + (bill.isIssued() ? "issued" : bill.status()
                + " (the live bill is " + live + ")") + " and issued bills are never edited. To change items, "
                + "quantities or discounts issue a revision: POST /api/bills/" + live + "/revisions; to correct a "
                + "price issue a credit note: POST /api/bills/" + live + "/credit-notes; to call it off: POST "
                + "/api/bills/" + live + "/cancel");
    }

    BillView view(Bill bill) {
        Account account = accounts.of(bill.orderNumber());
        List<Bill> orderBills = bills.findByOrderNumberOrderByIdAsc(bill.orderNumber());
        String revises = bill.revisesId() == null ? null
                : orderBills.stream().filter(b -> b.id().equals(bill.revisesId())).map(Bill::number).findFirst()
                        .orElse(null);
        String upi = bill.isIssued() ? upiLinks.forBill(bill.number(), account.due()).orElse(null) : null;
        return new BillView(bill.number(), bill.orderNumber(), bill.status(), revises, bill.supersededBy(),
                bill.reason(), bill.customerName(), bill.gstEnabled(), bill.shopGstin(),
                bill.lines().stream().map(BillLine::toView).toList(), bill.subtotal(), bill.lineDiscount(),
                bill.billDiscount(), bill.taxable(), bill.cgst(), bill.sgst(), bill.grandTotal(), bill.issuedBy(),
                bill.issuedAt(), creditNotes.findByBillIdOrderByIdAsc(bill.id()).stream().map(CreditNote::toView).toList(),
                payments.findByOrderNumberOrderByIdAsc(bill.orderNumber()).stream().map(Payment::toView).toList(),
                flags.findByOrderNumberOrderByIdAsc(bill.orderNumber()).stream().map(PaymentFlag::toView).toList(),
                orderBills.stream().map(BillSummary::of).toList(), account.due(), account.state(), upi,
                bill.customerPhone(), bill.customerAddress(), bill.placeOfSupply());
    }

    Bill load(String number) {
        String normal = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return bills.findByNumber(normal).orElseThrow(() -> new NotFoundException("No bill " + number));
    }

    /** Money and changes go to the live bill only; the answer names it when there is one. */
    void requireLive(Bill bill, String verb) {
        if (bill.isIssued()) {
            return;
        }
        if (bill.status() == BillStatus.SUPERSEDED) {
            String live = accounts.currentBill(bill.orderNumber()).map(Bill::number).orElse(bill.supersededBy());
            throw new ConflictException("Bill " + bill.number() + " was superseded by " + bill.supersededBy()
                    + " and cannot be " + verb + "; the live bill of order " + bill.orderNumber() + " is " + live);
        }
        throw new ConflictException("Bill " + bill.number() + " is CANCELLED and cannot be " + verb);
    }

    private void flagRefundIfOverpaid(String orderNumber, String actor) {
        Account account = accounts.of(orderNumber);
        if (account.due().signum() < 0 && !flags.existsByOrderNumberAndKindAndResolvedAtIsNull(orderNumber,
                FlagKind.REFUND_DUE)) {
            flags.save(new PaymentFlag(orderNumber, account.current() == null ? null : account.current().number(),
                    FlagKind.REFUND_DUE, "Paid " + Rupees.format(account.paid()) + " but only "
                            + Rupees.format(account.billed()) + " is billed: refund " + Rupees.format(account.due().negate()),
                    null, actor, clock.now()));
        }
    }

    static String checkedReason(String reason) {
        return checkedReason(reason, MAX_REASON);
    }

    private static String checkedReason(String reason, int max) {
        if (reason == null || reason.strip().length() < 3) {
            throw new InvalidInputException("reason", "must say why (at least 3 characters)");
        }
        if (reason.strip().length() > max) {
            throw new InvalidInputException("reason", "must be at most " + max + " characters");
        }
        return reason.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package com.orderflow.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderStatusChanged;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Money in (K16, S5): counter payments recorded by the biller, the payment gateway's callbacks,
 * and flags for whatever needs a person: failed payments, wrong amounts, money against an old bill,
 * orders delivered unpaid, refunds due.
 */
@Service
public class PaymentService {
    static final String GATEWAY_ACTOR = "payment-gateway";

    private final BillingService billing;
    private final Bills bills;
    private final Payments payments;
    private final PaymentFlags flags;
    private final GatewayEvents events;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ShopClock clock;
    private final ApplicationEventPublisher published;
    private final List<GatewayPayee> otherPayees;

    PaymentService(BillingService billing, Bills bills, Payments payments, PaymentFlags flags, GatewayEvents events,
            Accounts accounts, AuditLog audit, ShopClock clock, ApplicationEventPublisher published,
            List<GatewayPayee> otherPayees) {
        this.published = published;
        this.billing = billing;
        this.bills = bills;
        this.payments = payments;
        this.flags = flags;
        this.events = events;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.otherPayees = List.copyOf(otherPayees);
    }

    /** Money taken at the counter against the live bill: at most what is due. */
    @Transactional
    public BillView record(String billNumber, PaymentRequest request, CurrentUser user) {
        BillingPermissions.checkMoney(user);
        accounts.lockOrderOfBill(billNumber);
        Bill bill = billing.load(billNumber);
        billing.requireLive(bill, "paid");
        Account account = accounts.of(bill.orderNumber());
        List<FieldProblem> problems = new ArrayList<>();
        Optional<PaymentMode> mode = PaymentMode.ofCounter(request == null ? null : request.mode());
        if (mode.isEmpty()) {
            problems.add(new FieldProblem("mode", "must be one of cash, upi, card"));
        }
        BigDecimal amount = request == null ? null : request.amount();
        if (amount == null || amount.signum() <= 0) {
            problems.add(new FieldProblem("amount", "must be more than zero"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("amount", "must be in rupees with at most 2 decimals (paise)"));
        } else if (amount.compareTo(account.due()) > 0) {
            problems.add(new FieldProblem("amount", "must be at most the amount due (" + Rupees.format(account.due().max(
                    BigDecimal.ZERO)) + ")"));
        }
        String reference = request == null || request.reference() == null || request.reference().isBlank() ? null
                : request.reference().strip();
        if (reference == null && mode.isPresent() && mode.get() != PaymentMode.CASH) {
            problems.add(new FieldProblem("reference", "must be given for UPI and card payments (UTR or slip number)"));
        } else if (reference != null && reference.length() > 100) {
            problems.add(new FieldProblem("reference", "must be at most 100 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal paid = BillCalculator.rupees(amount);
        payments.save(Payment.atCounter(bill.orderNumber(), bill.number(), mode.get(), paid, reference, user.id(),
                clock.now()));
        audit.record(user.id(), "PAYMENT_RECORDED", bill.orderNumber(), mode.get() + " " + Rupees.format(paid) + " for "
                + bill.number() + (reference == null ? "" : " (" + reference + ")"));
        published.publishEvent(new PaymentReceived(bill.orderNumber(), bill.number(), paid, mode.get().name(),
                clock.now()));
        return billing.view(bill);
    }

    /** Open flags, oldest first; with {@code all}, resolved ones too. Billers and admins. */
    @Transactional(readOnly = true)
    public List<FlagView> flags(boolean all, CurrentUser user) {
        BillingPermissions.checkMoney(user);
        List<PaymentFlag> rows = all ? flags.findAll(org.springframework.data.domain.Sort.by("id"))
                : flags.findByResolvedAtIsNullOrderByIdAsc();
        return rows.stream().map(PaymentFlag::toView).toList();
    }

    /**
     * Resolves a flag with a note; with {@code acceptPayment}, the flagged payment behind it (a
     * wrong amount, an old bill) is taken as paid.
     */
    @Transactional
    public FlagView resolve(long id, String note, boolean acceptPayment, CurrentUser user) {
        return resolve(id, note, acceptPayment, null, null, user);
    }

    /**
     * Resolves a flag with a note; with {@code acceptPayment}, the flagged payment behind it (a
     * wrong amount, an old bill) is taken as paid. A REFUND_DUE flag resolved with a
     * {@code refundMethod} (cash, upi with its reference, or gateway: back to the original payment)
     * records the money paid back as a negative payment, as a return's refund does: the whole refund
     * due as it stands now, so never more than that, and the amount due comes back to zero.
     *
     * @throws InvalidInputException naming note, acceptPayment, refundMethod or refundReference; nothing
     *         is stored
     * @throws ConflictException when the flag is resolved already, or a refund is recorded but none is due
     */
    @Transactional
    public FlagView resolve(long id, String note, boolean acceptPayment, String refundMethod, String refundReference,
            CurrentUser user) {
        BillingPermissions.checkMoney(user);
        PaymentFlag flag = flags.findForUpdateById(id).orElseThrow(() -> new NotFoundException("No payment flag " + id));
        if (!flag.isOpen()) {
            throw new ConflictException("Flag " + id + " was already resolved by " + flag.resolvedBy());
        }
        if (note == null || note.strip().length() < 3) {
            throw new InvalidInputException("note", "must say how it was resolved (at least 3 characters)");
        }
        if (note.length() > 400) {
            throw new InvalidInputException("note", "must be at most 400 characters");
        }
        if (acceptPayment) {
            Payment payment = flag.paymentId() == null ? null : payments.findById(flag.paymentId()).orElse(null);
            if (payment == null || payment.status() != PaymentStatus.FLAGGED) {
                throw new InvalidInputException("acceptPayment",
                        "this flag has no flagged payment to accept; record the money as a payment instead");
            }
            payment.accept();
        }
        String refund = refundMethod == null || refundMethod.isBlank() ? null : refundMethod;
        String paidBack = refund == null ? "" : refund(flag, refund, refundReference, user);
        flag.resolve(user.id(), note.strip(), clock.now());
        audit.record(user.id(), "PAYMENT_FLAG_RESOLVED", flag.orderNumber(), flag.kind() + " #" + id
                + (acceptPayment ? " (payment accepted)" : "") + paidBack + ": " + note.strip());
        return flag.toView();
    }

    /** Records the refund due of the flag's order as paid back; answers what to add to the audit line. */
    private String refund(PaymentFlag flag, String method, String reference, CurrentUser user) {
        if (flag.kind() != FlagKind.REFUND_DUE) {
            throw new InvalidInputException("refundMethod", "only a REFUND_DUE flag records money paid back; this "
                    + "flag is " + flag.kind());
        }
        accounts.lockOrder(flag.orderNumber());
        Account account = accounts.of(flag.orderNumber());
        BigDecimal back = account.due().negate();
        if (back.signum() <= 0 || account.current() == null) {
            throw new ConflictException("Order " + flag.orderNumber() + " has no refund due now (amount due "
                    + Rupees.format(account.due()) + "); resolve the flag with a note only");
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        PaymentMode mode = BillingService.checkedRefundMode(method, ref, back);
        // money going out is a negative payment: paid stays the net of what the customer gave
        payments.save(Payment.atCounter(flag.orderNumber(), account.current().number(), mode, back.negate(), ref,
                user.id(), clock.now()));
        audit.record(user.id(), "REFUND_PAID", flag.orderNumber(), mode + " " + Rupees.format(back) + " for "
                + account.current().number() + (ref == null ? "" : " (" + ref + ")"));
        return " (" + mode + " " + Rupees.format(back) + " paid back)";
    }

    /**
     * A gateway callback whose signature was verified. Idempotent by event id: a repeat answers
     * the first answer and changes nothing. A captured payment counts only when it is the amount
     * due on the live bill, in rupees; anything else is recorded flagged. A failed one is flagged.
     *
     * @throws InvalidInputException for a body that lacks what a callback must carry; nothing recorded
     */
    @Transactional
    public GatewayOutcome receive(GatewayCallback callback) {
        checkCallback(callback);
        // before the event is looked up: a repeat that waited here sees the first one's answer
        accounts.lockOrderOfBill(callback.billNumber());
        Optional<GatewayEvent> seen = events.findById(callback.eventId());
        if (seen.isPresent()) {
            return seen.get().toOutcome();
        }
        GatewayOutcome outcome = handle(callback);
        events.saveAndFlush(new GatewayEvent(callback.eventId(), callback.billNumber(), outcome, clock.now()));
        return outcome;
    }

    /** The answer to an event id already received, for a repeat that lost the race to record it. */
    @Transactional(readOnly = true)
    public Optional<GatewayOutcome> replay(String eventId) {
        return events.findById(eventId).map(GatewayEvent::toOutcome);
    }

    private GatewayOutcome handle(GatewayCallback callback) {
        String eventId = callback.eventId();
        String billNumber = callback.billNumber().strip().toUpperCase(Locale.ROOT);
        BigDecimal amount = BillCalculator.rupees(callback.amount());
        String reference = callback.reference() == null || callback.reference().isBlank() ? null
                : callback.reference().strip();
        Optional<Bill> found = bills.findByNumber(billNumber);
        if (found.isEmpty()) {
            // not a bill: perhaps another module's reference (a trading order paid in advance)
            for (GatewayPayee payee : otherPayees) {
                Optional<GatewayOutcome> taken = payee.receive(callback);
                if (taken.isPresent()) {
                    return taken.get();
                }
            }
            String detail = "Gateway " + callback.status() + " of " + Rupees.format(amount) + " for unknown bill "
                    + billNumber + " (event " + eventId + ")";
            flags.save(new PaymentFlag(null, billNumber, FlagKind.UNKNOWN_BILL, detail, null, GATEWAY_ACTOR, clock.now()));
            audit.record(GATEWAY_ACTOR, "GATEWAY_PAYMENT_FLAGGED", null, detail);
            return new GatewayOutcome(eventId, "FLAGGED", detail);
        }
        Bill bill = found.get();
        String order = bill.orderNumber();
        if ("failed".equals(callback.status())) {
            Payment failed = payments.saveAndFlush(new Payment(order, bill.number(), PaymentMode.GATEWAY, amount,
                    reference, PaymentStatus.FAILED, eventId, GATEWAY_ACTOR, clock.now()));
            String detail = "Payment of " + Rupees.format(amount) + " for " + bill.number() + " failed at the gateway"
                    + (reference == null ? "" : " (" + reference + ")");
            flags.save(new PaymentFlag(order, bill.number(), FlagKind.PAYMENT_FAILED, detail, failed.id(), GATEWAY_ACTOR,
                    clock.now()));
            audit.record(GATEWAY_ACTOR, "GATEWAY_PAYMENT_FAILED", order, detail);
            return new GatewayOutcome(eventId, "FAILED", detail);
        }
        Account account = accounts.of(order);
        String problem = null;
        FlagKind kind = null;
        if (!"INR".equals(callback.currency())) {
            kind = FlagKind.AMOUNT_MISMATCH;
            problem = "currency " + callback.currency() + ", not INR";
        } else if (!bill.isIssued()) {
            kind = FlagKind.STALE_BILL;
            problem = "bill " + bill.number() + " is " + bill.status() + (account.current() == null ? ""
                    : "; the current bill is " + account.current().number());
        } else if (amount.compareTo(account.due()) != 0) {
            kind = FlagKind.AMOUNT_MISMATCH;
            problem = Rupees.format(amount) + " paid but " + Rupees.format(account.due().max(BigDecimal.ZERO)) + " is due";
        }
        Payment payment = payments.saveAndFlush(new Payment(order, bill.number(), PaymentMode.GATEWAY, amount, reference,
                kind == null ? PaymentStatus.ACCEPTED : PaymentStatus.FLAGGED, eventId, GATEWAY_ACTOR, clock.now()));
        if (kind == null) {
            String detail = Rupees.format(amount) + " received for " + bill.number()
                    + (reference == null ? "" : " (" + reference + ")");
            audit.record(GATEWAY_ACTOR, "GATEWAY_PAYMENT_ACCEPTED", order, detail);
            published.publishEvent(new PaymentReceived(order, bill.number(), amount, PaymentMode.GATEWAY.name(),
                    clock.now()));
            return new GatewayOutcome(eventId, "ACCEPTED", detail);
        }
        String detail = "Gateway payment for " + bill.number() + " not counted: " + problem
                + (reference == null ? "" : " (" + reference + ")");
        flags.save(new PaymentFlag(order, bill.number(), kind, detail, payment.id(), GATEWAY_ACTOR, clock.now()));
        audit.record(GATEWAY_ACTOR, "GATEWAY_PAYMENT_FLAGGED", order, detail);
        return new GatewayOutcome(eventId, "FLAGGED", detail);
    }

    /**
     * Synchronous, inside the transaction of the status change: an order delivered with money due,
     * or cancelled while its bill is live, is flagged for the billers.
     */
    @EventListener
    @Transactional
    public void onStatusChanged(OrderStatusChanged change) {
        if (change.to() == OrderStatus.DELIVERED) {
            Account account = accounts.of(change.orderNumber());
            if (account.current() != null && account.due().signum() > 0) {
                raise(change.orderNumber(), account.current().number(), FlagKind.PAYMENT_MISSING, "Delivered with "
                        + Rupees.format(account.due()) + " still due on " + account.current().number(), change.actor());
            }
        } else if (change.to() == OrderStatus.CANCELLED) {
            accounts.currentBill(change.orderNumber()).filter(Bill::isIssued).ifPresent(bill -> raise(
                    change.orderNumber(), bill.number(), FlagKind.BILL_NOT_CANCELLED, "Order cancelled while bill "
                            + bill.number() + " is live: cancel the bill (POST /api/bills/" + bill.number() + "/cancel)",
                    change.actor()));
        }
    }

    private void raise(String orderNumber, String billNumber, FlagKind kind, String detail, String actor) {
        if (!flags.existsByOrderNumberAndKindAndResolvedAtIsNull(orderNumber, kind)) {
            flags.save(new PaymentFlag(orderNumber, billNumber, kind, detail, null, actor == null ? "system" : actor,
                    clock.now()));
            audit.record(actor, "PAYMENT_FLAGGED", orderNumber, kind + ": " + detail);
        }
    }

    private static void checkCallback(GatewayCallback callback) {
        List<FieldProblem> problems = new ArrayList<>();
        if (callback == null) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        if (callback.eventId() == null || callback.eventId().isBlank()) {
            problems.add(new FieldProblem("eventId", "must not be blank"));
        } else if (callback.eventId().length() > 100) {
            problems.add(new FieldProblem("eventId", "must be at most 100 characters"));
        }
        if (callback.billNumber() == null || callback.billNumber().isBlank()) {
            problems.add(new FieldProblem("billNumber", "must not be blank"));
        } else if (callback.billNumber().length() > 40) {
            problems.add(new FieldProblem("billNumber", "must be at most 40 characters"));
        }
        if (callback.amount() == null || callback.amount().signum() <= 0) {
            problems.add(new FieldProblem("amount", "must be more than zero"));
        }
        if (callback.currency() == null || callback.currency().isBlank()) {
            problems.add(new FieldProblem("currency", "must not be blank"));
        }
        if (!"captured".equals(callback.status()) && !"failed".equals(callback.status())) {
            problems.add(new FieldProblem("status", "must be captured or failed"));
        }
        if (callback.reference() != null && callback.reference().length() > 100) {
            problems.add(new FieldProblem("reference", "must be at most 100 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

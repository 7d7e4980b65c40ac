package com.orderflow.billing;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.ConflictException;

/**
 * Money at the door (issue 12), for the delivery module: what a delivery boy is to collect for an
 * order (what is still due on its live bill), and what he collected, recorded as a payment of the
 * order against that bill in the transaction that ends his stop. Who may do it is the delivery
 * module's check (the boy's own stop on his own run): a delivery boy handles no bills otherwise.
 * <p>
 * A doorstep payment carries its collection key in {@code payment.source_event}
 * ({@value #SOURCE_PREFIX}&lt;stop id&gt;), so that a cash-up tells counter cash from cash that came
 * back with the delivery boys.
 */
@Service
public class DoorstepPayments {
    /** How the source of a doorstep payment starts; the delivery module adds the stop's id. */
    public static final String SOURCE_PREFIX = "delivery-stop:";

    private final Accounts accounts;
    private final Payments payments;
    private final AuditLog audit;
    private final ShopClock clock;

    DoorstepPayments(Accounts accounts, Payments payments, AuditLog audit, ShopClock clock) {
        this.accounts = accounts;
        this.payments = payments;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What is still due on each order's live bill, in rupees with paise: 0.00 when it is paid (or
     * overpaid), never below. An order without a live bill (not billed yet, or its bill cancelled) is
     * left out.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> amountsDue(Collection<String> orderNumbers) {
        Map<String, BigDecimal> due = new LinkedHashMap<>();
        for (String number : orderNumbers) {
            Account account = accounts.of(number);
            if (account.current() != null && account.current().isIssued()) {
                due.put(number, account.due().max(BigDecimal.ZERO).setScale(2));
            }
        }
        return due;
    }

    /**
     * Records money a delivery boy collected at the door for the order's live bill: {@code cash}, or
     * {@code upi} with its reference; more than zero and at most what is due (the caller has checked
     * both under {@link BillingService#lockOrder}, and names its own fields). Recorded once per collection key
     * (the stop): a repeat records nothing and answers false.
     *
     * @param collectionKey what was collected for, unique per collection (e.g. the stop's id)
     * @throws ConflictException when the order has no live bill or less is due than collected now
     * @throws IllegalArgumentException for a mode other than cash and upi, or upi without a reference
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordCollected(String orderNumber, String mode, BigDecimal amount, String reference,
            String collectionKey, String actor) {
        PaymentMode paymentMode = PaymentMode.ofCounter(mode).filter(m -> m != PaymentMode.CARD)
                .orElseThrow(() -> new IllegalArgumentException("A doorstep payment is cash or upi, not " + mode));
        if (paymentMode == PaymentMode.UPI && (reference == null || reference.isBlank())) {
            throw new IllegalArgumentException("A UPI payment at the door needs its reference");
        }
        String source = SOURCE_PREFIX + collectionKey;
        accounts.lockOrder(orderNumber);
        if (payments.existsBySourceEvent(source)) {
            return false;
        }
        Account account = accounts.of(orderNumber);
        if (account.current() == null || !account.current().isIssued()) {
            throw new ConflictException("Order " + orderNumber + " has no live bill to collect money for");
        }
        BigDecimal paid = BillCalculator.rupees(amount);
        if (paid.signum() <= 0 || paid.compareTo(account.due()) > 0) {
            throw new ConflictException(Rupees.format(paid) + " cannot be collected for order " + orderNumber + ": "
                    + Rupees.format(account.due().max(BigDecimal.ZERO)) + " is due");
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        payments.save(new Payment(orderNumber, account.current().number(), paymentMode, paid, ref,
                PaymentStatus.ACCEPTED, source, actor, clock.now()));
        audit.record(actor, "PAYMENT_COLLECTED_AT_DOOR", orderNumber, paymentMode + " " + Rupees.format(paid) + " for "
                + account.current().number() + (ref == null ? "" : " (" + ref + ")"));
        return true;
    }
}

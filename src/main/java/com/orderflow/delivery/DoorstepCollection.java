package com.orderflow.delivery;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.orderflow.billing.BillingService;
import com.orderflow.billing.DoorstepPayments;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.FieldProblem;

/**
 * Money at the door (issue 12): what each stop's customer is to pay (what is still due on the
 * order's live bill, from billing), and what the delivery boy collected when he ends a stop
 * delivered. Never more than is due (he gives change; money beyond the bill would only become a
 * refund to chase); less is allowed, and flagged: the stop keeps what was due beside what came in,
 * and billing flags an order delivered with money still due. The collection is kept on the stop and
 * recorded as a payment in billing in the transaction that ends the stop, once per stop.
 */
@Component
class DoorstepCollection {
    /** A UPI transaction reference as payment apps show it: the 12-digit UTR, or an app's own id. */
    static final Pattern UPI_REFERENCE = Pattern.compile("[A-Za-z0-9]{6,35}");

    private final DoorstepPayments payments;
    private final BillingService billing;
    private final AuditLog audit;

    DoorstepCollection(DoorstepPayments payments, BillingService billing, AuditLog audit) {
        this.payments = payments;
        this.billing = billing;
        this.audit = audit;
    }

    /** What is still due on each order's live bill, 0.00 when paid; an order without a live bill is absent. */
    Map<String, BigDecimal> amountsDue(Collection<String> orderNumbers) {
        return orderNumbers.isEmpty() ? Map.of() : payments.amountsDue(orderNumbers);
    }

    /**
     * What is due on the order now, its money held still until the transaction ends (a payment at
     * the counter waits); null when the order has no live bill.
     */
    BigDecimal dueNow(String orderNumber) {
        billing.lockOrder(orderNumber);
        return payments.amountsDue(List.of(orderNumber)).get(orderNumber);
    }

    /**
     * What the phone says was collected, checked against what is due; each problem is added naming
     * collectedMode, collectedAmount or upiReference. A returned stop collects nothing.
     *
     * @param due what is due now ({@link #dueNow}); null for no live bill
     * @return the collection of a delivered stop, null for a returned one or when there are problems
     */
    Collected check(StopOutcome outcome, RunDispatch.StopCompletion completion, BigDecimal due,
            List<FieldProblem> problems) {
        String modeText = completion == null ? null : completion.collectedMode();
        BigDecimal amount = completion == null ? null : completion.collectedAmount();
        // as the customer's phone may show it: "6123 4567 8901"
        String reference = completion == null || completion.upiReference() == null
                || completion.upiReference().isBlank() ? null : completion.upiReference().replaceAll("\\s+", "");
        BigDecimal owed = due == null ? BigDecimal.ZERO.setScale(2) : due;
        int before = problems.size();
        if (outcome != StopOutcome.DELIVERED) {
            if (amount != null && amount.signum() != 0) {
                problems.add(new FieldProblem("collectedAmount", "must be empty: nothing is collected for an order "
                        + "that comes back"));
            }
            return null;
        }
        CollectedMode mode = mode(modeText, owed, problems);
        if (mode == CollectedMode.NONE) {
            if (amount != null && amount.signum() != 0) {
                problems.add(new FieldProblem("collectedAmount", "must be empty when nothing was collected"));
            }
        } else if (mode != null) {
            checkAmount(amount, owed, problems);
        }
        if (mode == CollectedMode.UPI && (reference == null || !UPI_REFERENCE.matcher(reference).matches())) {
            problems.add(new FieldProblem("upiReference", "must be the UPI reference (UTR) the customer's phone "
                    + "shows: 6 to 35 letters and digits"));
        } else if (mode != CollectedMode.UPI && reference != null) {
            problems.add(new FieldProblem("upiReference", "must be empty: only a UPI payment has a reference"));
        }
        if (problems.size() > before || mode == null) {
            return null;
        }
        return mode == CollectedMode.NONE ? Collected.nothing()
                : new Collected(mode, amount.setScale(2), mode == CollectedMode.UPI ? reference : null);
    }

    /**
     * Whether a completion says the same about money as what the stop recorded when it ended (a
     * phone sending its request again); a stop that recorded nothing (returned) matches any.
     */
    boolean sameAs(RunDispatch.StopCompletion completion, Collected recorded) {
        if (recorded == null) {
            return true;
        }
        String modeText = completion == null || completion.collectedMode() == null ? "" : completion.collectedMode().strip();
        BigDecimal amount = completion == null || completion.collectedAmount() == null ? BigDecimal.ZERO
                : completion.collectedAmount();
        String reference = completion == null || completion.upiReference() == null
                || completion.upiReference().isBlank() ? null : completion.upiReference().replaceAll("\\s+", "");
        String mode = modeText.isEmpty() ? CollectedMode.NONE.name() : modeText.toUpperCase(Locale.ROOT);
        return mode.equals(recorded.mode().name()) && amount.compareTo(recorded.amount()) == 0
                && java.util.Objects.equals(reference, recorded.reference());
    }

    /**
     * Keeps the collection on the stop and records the money as a payment in billing (once per
     * stop); a shortfall is written to the audit.
     */
    void record(DeliveryStop stop, BigDecimal due, Collected collected, String actor) {
        stop.collect(due, collected);
        if (collected.amount().signum() > 0) {
            payments.recordCollected(stop.orderNumber(), collected.mode().name().toLowerCase(Locale.ROOT),
                    collected.amount(), collected.reference(), Long.toString(stop.id()), actor);
        }
        BigDecimal shortBy = due == null ? BigDecimal.ZERO : due.subtract(collected.amount());
        if (shortBy.signum() > 0) {
            audit.record(actor, "STOP_COLLECTED_SHORT", stop.orderNumber(), "run " + stop.runId() + ": "
                    + Rupees.format(collected.amount()) + " collected of " + Rupees.format(due) + " due, short by "
                    + Rupees.format(shortBy));
        }
    }

    private static CollectedMode mode(String text, BigDecimal owed, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (owed.signum() == 0) {
                return CollectedMode.NONE;
            }
            problems.add(new FieldProblem("collectedMode", "must say how " + Rupees.format(owed)
                    + " was collected: CASH, UPI, or NONE if the customer did not pay"));
            return null;
        }
        try {
            CollectedMode mode = CollectedMode.valueOf(text.strip().toUpperCase(Locale.ROOT));
            if (mode != CollectedMode.NONE && owed.signum() == 0) {
                problems.add(new FieldProblem("collectedMode", "must be NONE: nothing is due, the bill is paid"));
                return null;
            }
            return mode;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("collectedMode", "must be CASH, UPI or NONE"));
            return null;
        }
    }

    private static void checkAmount(BigDecimal amount, BigDecimal owed, List<FieldProblem> problems) {
        if (amount == null || amount.signum() <= 0) {
            problems.add(new FieldProblem("collectedAmount", "must be the rupees collected, more than zero"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("collectedAmount", "must be in rupees with at most 2 decimals (paise)"));
        } else if (amount.compareTo(owed) > 0) {
            problems.add(new FieldProblem("collectedAmount", "must be at most the amount to collect ("
                    + Rupees.format(owed) + "); give the change back"));
        }
    }
}

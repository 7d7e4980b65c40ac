package com.orderflow.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * What a counter sale request must be before any stock is looked at: at most {@value #MAX_LINES}
 * lines (a till sells a basket, not a warehouse), each a known code with a sane quantity and no
 * expired pack; and a payment mode with, for UPI and card, the payment's reference.
 */
@Component
class CounterSaleChecks {
    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 1000;
    private static final Pattern UPI_REFERENCE = Pattern.compile("\\d{12}");
    private static final Pattern CARD_REFERENCE = Pattern.compile("[A-Za-z0-9]{4,30}");

    private final Catalogue catalogue;
    private final ShopClock clock;

    CounterSaleChecks(Catalogue catalogue, ShopClock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** One checked line: its index in the request, what it is, how many. */
    record Wanted(int index, Catalogue.Found found, int quantity) {
    }

    /** How the sale was paid: the mode and, for UPI and card, the reference (spaces taken out). */
    record Paid(CounterPayment mode, String reference) {
    }

    /** A request that passed: its lines and its payment. */
    record Checked(List<Wanted> lines, Paid paid) {
    }

    /**
     * The whole request, checked: every bad field is named at once.
     *
     * @throws InvalidInputException naming {@code lines}, {@code lines[i].code/quantity}, {@code paymentMode}
     *         or {@code paymentReference}
     */
    Checked sale(CounterSaleRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Wanted> lines = lines(request, problems);
        Paid paid = payment(request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(lines, paid);
    }

    /**
     * The request's lines only (a quote before the customer pays).
     *
     * @throws InvalidInputException naming {@code lines} or {@code lines[i].code/quantity}
     */
    List<Wanted> lines(CounterSaleRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Wanted> lines = lines(request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return lines;
    }

    private List<Wanted> lines(CounterSaleRequest request, List<FieldProblem> problems) {
        if (request == null || request.lines() == null || request.lines().isEmpty()) {
            throw new InvalidInputException("lines", "must have at least one line");
        }
        if (request.lines().size() > MAX_LINES) {
            throw new InvalidInputException("lines", "must have at most " + MAX_LINES + " lines (this sale has "
                    + request.lines().size() + "); sell a larger order as an order");
        }
        List<Wanted> wanted = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            CounterSaleRequest.Line line = request.lines().get(i);
            String field = "lines[" + i + "]";
            if (line == null) {
                problems.add(new FieldProblem(field, "must not be null"));
                continue;
            }
            Integer quantity = line.quantity();
            boolean quantityOk = quantity != null && quantity >= 1 && quantity <= MAX_QUANTITY;
            if (quantity == null || quantity < 1) {
                problems.add(new FieldProblem(field + ".quantity", "must be at least 1"));
            } else if (quantity > MAX_QUANTITY) {
                problems.add(new FieldProblem(field + ".quantity", "must be at most " + MAX_QUANTITY));
            }
            Optional<Catalogue.Found> found = catalogue.find(line.code(), field + ".code", problems);
            if (found.isPresent() && sellable(found.get(), field, problems) && quantityOk) {
                wanted.add(new Wanted(i, found.get(), quantity));
            }
        }
        return wanted;
    }

    /** The payment, or null with a problem added; a cash sale keeps no reference. */
    private static Paid payment(CounterSaleRequest request, List<FieldProblem> problems) {
        Optional<CounterPayment> mode = CounterPayment.ofTyped(request.paymentMode());
        if (mode.isEmpty()) {
            problems.add(new FieldProblem("paymentMode", "must be cash, upi or card"));
            return null;
        }
        String typed = request.paymentReference() == null ? "" : request.paymentReference().replace(" ", "").strip();
        if (mode.get() == CounterPayment.UPI && !UPI_REFERENCE.matcher(typed).matches()) {
            problems.add(new FieldProblem("paymentReference",
                    "must be the 12-digit UPI transaction id (UTR) shown on the customer's phone"));
        } else if (mode.get() == CounterPayment.CARD && !CARD_REFERENCE.matcher(typed).matches()) {
            problems.add(new FieldProblem("paymentReference", "must be the card slip's reference: 4 to 30 letters or "
                    + "digits"));
        }
        return new Paid(mode.get(), mode.get() == CounterPayment.CASH ? null : typed);
    }

    private boolean sellable(Catalogue.Found found, String field, List<FieldProblem> problems) {
        PackLabel label = found.label();
        Batch batch = found.batch();
        if (label != null && batch == null) {
            problems.add(new FieldProblem(field + ".code", "names batch " + label.batchNumber() + " of "
                    + found.product().sku() + ", which was never taken into stock"));
            return false;
        }
        if (batch != null && batch.isExpiredOn(clock.today())) {
            problems.add(new FieldProblem(field + ".code", "is a pack of batch " + batch.batchNumber()
                    + ", which expired on " + batch.expiryDate() + " and must not be sold"));
            return false;
        }
        return true;
    }
}

package com.orderflow.billing;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import com.orderflow.inventory.Catalogue;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Writes a bill from the order's lines as they are now, with the next number of the series; used
 * for first bills and revisions alike, always inside the caller's transaction.
 */
@Component
class BillWriter {
    private final Bills bills;
    private final DocumentNumbers numbers;
    private final Catalogue catalogue;
    private final BillingSettings settings;
    private final ShopClock clock;

    BillWriter(Bills bills, DocumentNumbers numbers, Catalogue catalogue, BillingSettings settings, ShopClock clock) {
        this.bills = bills;
        this.numbers = numbers;
        this.catalogue = catalogue;
        this.settings = settings;
        this.clock = clock;
    }

    /** The bill discount checked against the order: rupees and paise, not negative, at most what the lines come to. */
    /** What the order's lines come to after line discounts, before a bill discount and GST. */
    BigDecimal net(OrderView order) {
        return BillCalculator.net(inputs(order));
    }

    BigDecimal checkedDiscount(OrderView order, BigDecimal billDiscount, String field) {
        if (billDiscount == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (billDiscount.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (billDiscount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "must be in rupees with at most 2 decimals (paise)");
        }
        BigDecimal net = BillCalculator.net(inputs(order));
        if (billDiscount.compareTo(net) > 0) {
            throw new InvalidInputException(field, "must be at most what the items come to after line discounts ("
                    + com.orderflow.platform.Rupees.format(net) + ")");
        }
        return BillCalculator.rupees(billDiscount);
    }

    Bill write(OrderView order, long orderId, BigDecimal billDiscount, Bill revises, String reason, String actor) {
        boolean gst = settings.getGst().isEnabled();
        BillCalculator.Result amounts = BillCalculator.compute(inputs(order), billDiscount, gst);
        OrderView.CustomerView customer = order.customer();
        Bill bill = new Bill(numbers.nextBillNumber(), orderId, order.number(), revises, reason,
                new Bill.BillTo(customer.name(), customer.phone(), address(customer)),
                new Bill.Gst(gst, settings.getGst().getGstin(), settings.getGst().placeOfSupply()), amounts, actor,
                clock.now());
        return bills.saveAndFlush(bill);
    }

    /** "12 Shanti Niwas, Dahisar East, 400068": the parts the order has, in that order. */
    private static String address(OrderView.CustomerView customer) {
        String joined = java.util.stream.Stream.of(customer.address(), customer.locality(), customer.pincode())
                .filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(java.util.stream.Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private List<BillCalculator.Input> inputs(OrderView order) {
        boolean gst = settings.getGst().isEnabled();
        return order.lines().stream().map(l -> new BillCalculator.Input(l.sku(), l.product(), l.size(), l.quantity(),
                l.unitPrice(), l.discount(), gst ? catalogue.gstRatePercent(l.sku()).orElse(null) : null,
                catalogue.hsn(l.sku()).orElse(null))).toList();
    }
}

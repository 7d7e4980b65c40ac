package com.orderflow.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a bill. Prices are GST-exclusive: a line's taxable value is quantity × unit
 * price − its line discount − its share of the bill discount (a discount given before the sale
 * lowers the taxable value); CGST and SGST are each half the product's rate on that value, rounded
 * half-up to the paisa per line. The grand total keeps its paise: no rounding to the rupee, so that
 * the bill, the UPI amount and the gateway's amount are the same number.
 */
final class BillCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private BillCalculator() {
    }

    /**
     * A line as it comes from the order, with the product's GST rate (null for none) and its HSN/SAC
     * code, which the bill prints and the arithmetic does not need.
     */
    record Input(String sku, String product, String size, int quantity, BigDecimal unitPrice, BigDecimal lineDiscount,
            BigDecimal gstRate, String hsn) {

        Input(String sku, String product, String size, int quantity, BigDecimal unitPrice, BigDecimal lineDiscount,
                BigDecimal gstRate) {
            this(sku, product, size, quantity, unitPrice, lineDiscount, gstRate, null);
        }
    }

    record Line(Input input, BigDecimal billDiscount, BigDecimal taxable, BigDecimal gstRate, BigDecimal cgst,
            BigDecimal sgst, BigDecimal total) {

        BigDecimal gross() {
            return rupees(input.unitPrice().multiply(BigDecimal.valueOf(input.quantity())));
        }
    }

    record Result(List<Line> lines, BigDecimal subtotal, BigDecimal lineDiscount, BigDecimal billDiscount,
            BigDecimal taxable, BigDecimal cgst, BigDecimal sgst, BigDecimal grandTotal) {
    }

    /** What the lines come to before any bill discount: the most a bill discount may be. */
    static BigDecimal net(List<Input> inputs) {
        return inputs.stream().map(BillCalculator::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Result compute(List<Input> inputs, BigDecimal billDiscount, boolean gst) {
        BigDecimal discount = rupees(billDiscount);
        BigDecimal net = net(inputs);
        if (discount.compareTo(net) > 0) {
            throw new IllegalArgumentException("bill discount " + discount + " exceeds the lines' " + net);
        }
        List<BigDecimal> shares = shares(inputs, discount, net);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            BigDecimal taxable = net(in).subtract(shares.get(i));
            BigDecimal rate = gst && in.gstRate() != null ? in.gstRate().setScale(2, RoundingMode.HALF_UP)
                    : BigDecimal.ZERO.setScale(2);
            BigDecimal half = rupees(taxable.multiply(rate).divide(HUNDRED.multiply(TWO)));
            lines.add(new Line(in, shares.get(i), taxable, rate, half, half, taxable.add(half).add(half)));
        }
        BigDecimal subtotal = sum(lines.stream().map(Line::gross).toList());
        BigDecimal lineDiscount = sum(inputs.stream().map(in -> rupees(in.lineDiscount())).toList());
        BigDecimal taxable = sum(lines.stream().map(Line::taxable).toList());
        BigDecimal cgst = sum(lines.stream().map(Line::cgst).toList());
        BigDecimal sgst = sum(lines.stream().map(Line::sgst).toList());
        return new Result(lines, subtotal, lineDiscount, discount, taxable, cgst, sgst, taxable.add(cgst).add(sgst));
    }

    static BigDecimal rupees(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal net(Input in) {
        return rupees(in.unitPrice().multiply(BigDecimal.valueOf(in.quantity()))).subtract(rupees(in.lineDiscount()));
    }

    /**
     * The bill discount spread over the lines in proportion to their value, to the paisa; the
     * rounding remainder goes to the largest line, so the shares add up exactly and none goes
     * below zero.
     */
    private static List<BigDecimal> shares(List<Input> inputs, BigDecimal discount, BigDecimal net) {
        List<BigDecimal> shares = new ArrayList<>();
        if (discount.signum() == 0 || net.signum() == 0) {
            inputs.forEach(in -> shares.add(BigDecimal.ZERO.setScale(2)));
            return shares;
        }
        int largest = 0;
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < inputs.size(); i++) {
            BigDecimal lineNet = net(inputs.get(i));
            if (lineNet.compareTo(net(inputs.get(largest))) > 0) {
                largest = i;
            }
            BigDecimal share = discount.multiply(lineNet).divide(net, 2, RoundingMode.HALF_UP);
            shares.add(share);
            given = given.add(share);
        }
        shares.set(largest, shares.get(largest).add(discount.subtract(given)));
        return shares;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}

package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact bill at handover (J8, J9), line by line. Each line is rounded HALF_UP to the paisa on
 * its own, so the printed lines add up to the printed total.
 * <ul>
 * <li>Custom order: metal up to the ordered (target) weight at the day's rate; weight over the
 * target as its own "extra weight" line (J5); making charges per gram of net weight plus any flat
 * charge; each of the shop's stones at its price; the customer's own stones, not charged, saying
 * how many are set in the piece and how many were handed back; the advance deducted.</li>
 * <li>Repair: only the metal the karigar added (the weight gained less the stones he set, which
 * are billed at their price), at the day's rate (a piece that came back lighter pays no metal);
 * labour; stones the shop added; the advance deducted.</li>
 * </ul>
 * The advance settles against the subtotal: what is left is either {@code due} from the customer or,
 * when the advance was more than the bill, {@code toReturn} to the customer. Neither is ever negative
 * and at most one is more than zero.
 */
public record HandoverBill(List<Line> lines, BigDecimal subtotal, BigDecimal advance, BigDecimal due,
        BigDecimal toReturn) {

    /** One bill line: what, how it was reckoned, and the amount in rupees. */
    public record Line(String label, String detail, BigDecimal amount) {
    }

    static HandoverBill custom(BigDecimal targetGrams, BigDecimal netGrams, BigDecimal ratePerGram, String rateLabel,
            BigDecimal makingPerGram, BigDecimal makingFlat, List<StoneView> stones, BigDecimal advance) {
        List<Line> lines = new ArrayList<>();
        BigDecimal billedMetal = netGrams.min(targetGrams);
        lines.add(new Line("Metal", Weights.show(billedMetal) + " x Rs." + ratePerGram.toPlainString() + "/g " + rateLabel,
                money(billedMetal.multiply(ratePerGram))));
        BigDecimal extra = netGrams.subtract(targetGrams);
        if (extra.signum() > 0) {
            lines.add(new Line("Extra weight", Weights.show(extra) + " over the ordered " + Weights.show(targetGrams)
                    + " x Rs." + ratePerGram.toPlainString() + "/g", money(extra.multiply(ratePerGram))));
        }
        making(lines, netGrams, makingPerGram, makingFlat);
        shopStones(lines, stones);
        customerStones(lines, stones);
        return of(lines, advance);
    }

    static HandoverBill repair(BigDecimal addedGrams, BigDecimal ratePerGram, String rateLabel, BigDecimal labour,
            List<StoneView> stones, BigDecimal advance) {
        List<Line> lines = new ArrayList<>();
        BigDecimal metal = addedMetal(addedGrams, stones);
        if (metal.signum() > 0) {
            BigDecimal stoneGrams = addedMetal(BigDecimal.ZERO, stones).negate();
            String reckoned = stoneGrams.signum() > 0
                    ? Weights.show(metal) + " (" + Weights.show(addedGrams) + " added less " + Weights.show(stoneGrams)
                            + " of stones)"
                    : Weights.show(metal);
            lines.add(new Line("Added weight", reckoned + " x Rs." + ratePerGram.toPlainString() + "/g " + rateLabel,
                    money(metal.multiply(ratePerGram))));
        }
        if (labour != null && labour.signum() > 0) {
            lines.add(new Line("Labour", "repair work", money(labour)));
        }
        shopStones(lines, stones);
        return of(lines, advance);
    }

    /**
     * The metal a repair gained: the weight it gained less the stones the karigar set in it, which
     * are billed at their own price and must not be billed again as metal.
     */
    static BigDecimal addedMetal(BigDecimal addedGrams, List<StoneView> stones) {
        BigDecimal stoneGrams = stones.stream().filter(StoneView::addedAtKarigar).map(StoneView::grams)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Weights.grams(addedGrams.subtract(stoneGrams));
    }

    private static void making(List<Line> lines, BigDecimal netGrams, BigDecimal perGram, BigDecimal flat) {
        BigDecimal amount = netGrams.multiply(perGram).add(flat);
        if (amount.signum() > 0) {
            String detail = (perGram.signum() > 0 ? Weights.show(netGrams) + " x Rs." + perGram.toPlainString() + "/g" : "")
                    + (perGram.signum() > 0 && flat.signum() > 0 ? " + " : "")
                    + (flat.signum() > 0 ? "Rs." + flat.toPlainString() + " flat" : "");
            lines.add(new Line("Making charges", detail, money(amount)));
        }
    }

    private static void shopStones(List<Line> lines, List<StoneView> stones) {
        for (StoneView stone : stones) {
            if (stone.owner() == StoneOwner.SHOP && stone.price().signum() > 0) {
                lines.add(new Line("Stones", stone.count() + " x " + stone.description() + " (" + Weights.show(stone.grams())
                        + ")", money(stone.price())));
            }
        }
    }

    /** The customer's own stones: not charged, but the bill says where each of them went. */
    private static void customerStones(List<Line> lines, List<StoneView> stones) {
        for (StoneView stone : stones) {
            if (stone.owner() == StoneOwner.CUSTOMER) {
                lines.add(new Line("Customer's stones", stone.count() + " x " + stone.description() + " ("
                        + Weights.show(stone.grams()) + "): " + stone.outcome() + "; not charged", money(BigDecimal.ZERO)));
            }
        }
    }

    /** True when the advance was more than the bill and the shop owes the customer {@link #toReturn()}. */
    public boolean returnsToCustomer() {
        return toReturn.signum() > 0;
    }

    /** The bill of these lines with the advance settled against them (also a stored bill, read back). */
    static HandoverBill of(List<Line> lines, BigDecimal advance) {
        BigDecimal subtotal = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal paid = money(advance == null ? BigDecimal.ZERO : advance);
        BigDecimal balance = subtotal.subtract(paid);
        BigDecimal zero = BigDecimal.ZERO.setScale(Weights.RUPEE_SCALE);
        return new HandoverBill(List.copyOf(lines), subtotal, paid, balance.max(zero), balance.negate().max(zero));
    }

    /** The balance as one signed amount (what the customer pays, negative when the shop returns it). */
    BigDecimal balance() {
        return due.subtract(toReturn);
    }

    /** "Rs.x - advance Rs.y = Rs.z to pay" or "… = Rs.z to return to the customer", for the audit trail. */
    String settlement() {
        return "bill Rs." + subtotal + " - advance Rs." + advance + " = "
                + (returnsToCustomer() ? "Rs." + toReturn + " to return to the customer" : "Rs." + due + " to pay");
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(Weights.RUPEE_SCALE, RoundingMode.HALF_UP);
    }
}

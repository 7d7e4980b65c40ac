package com.orderflow.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.orderflow.platform.web.FieldProblem;

/**
 * What a product's details must be, for the API and the products page alike. Each rule names the
 * field; the pages show the rule in the reader's language (bundle key {@code rule.} + the rule in
 * kebab-case, see inventory-messages).
 */
final class ProductRules {
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
    static final BigDecimal MAX_GRAMS = new BigDecimal("100000");
    static final int MAX_REORDER_LEVEL = 100_000;
    /** The GST rates in use (percent); 0.25 rough diamonds, 1.5 cut stones, 3 gold and silver. */
    private static final Set<BigDecimal> GST_RATES = Set.of("0", "0.25", "1.5", "3", "5", "12", "18", "28", "40")
            .stream().map(BigDecimal::new).map(r -> r.setScale(2)).collect(java.util.stream.Collectors.toSet());
    private static final Pattern HSN = Pattern.compile("\\d{4}|\\d{6}|\\d{8}");
    private static final Pattern BARCODE = Pattern.compile("\\d{8}|\\d{12,14}");

    private ProductRules() {
    }

    /** The details trimmed and scaled, with a problem added per bad field; blanks of optional fields become null. */
    static ProductDetails checked(ProductDetails in, List<FieldProblem> problems) {
        String name = trim(in.name());
        if (name == null || name.length() > 120) {
            problems.add(new FieldProblem("name", "must be 1-120 characters"));
        }
        String size = trim(in.size());
        if (size == null || size.length() > 20) {
            problems.add(new FieldProblem("size", "must be 1-20 characters, e.g. 500 g"));
        }
        BigDecimal grams = in.unitWeightGrams();
        if (grams == null || grams.signum() <= 0 || grams.compareTo(MAX_GRAMS) > 0
                || grams.stripTrailingZeros().scale() > 3) {
            problems.add(new FieldProblem("unitWeightGrams", "must be more than 0 and at most 100000 grams"));
        }
        BigDecimal price = in.price();
        if (price == null || price.signum() < 0 || price.compareTo(MAX_PRICE) > 0
                || price.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("price", "must be 0 to 1000000 rupees, with at most 2 decimals"));
        }
        BigDecimal gst = in.gstRatePercent();
        if (gst != null && (gst.stripTrailingZeros().scale() > 2 || !GST_RATES.contains(gst.setScale(2,
                RoundingMode.UNNECESSARY)))) {
            problems.add(new FieldProblem("gstRatePercent", "must be a GST rate: 0, 0.25, 1.5, 3, 5, 12, 18, 28 or 40"));
        }
        String hsn = trim(in.hsn());
        if (hsn != null && !HSN.matcher(hsn).matches()) {
            problems.add(new FieldProblem("hsn", "must be an HSN or SAC code of 4, 6 or 8 digits"));
        }
        String barcode = trim(in.barcode());
        if (barcode != null && (!BARCODE.matcher(barcode).matches() || !checkDigitHolds(barcode))) {
            problems.add(new FieldProblem("barcode", "must be an EAN or UPC barcode of 8, 12, 13 or 14 digits"));
        }
        Integer reorder = in.reorderLevel();
        if (reorder == null || reorder < 0 || reorder > MAX_REORDER_LEVEL) {
            problems.add(new FieldProblem("reorderLevel", "must be 0 to 100000"));
        }
        if (!problems.isEmpty()) {
            return in;
        }
        return new ProductDetails(name, size, grams.setScale(3, RoundingMode.UNNECESSARY),
                price.setScale(2, RoundingMode.UNNECESSARY), gst == null ? null : gst.setScale(2), hsn, barcode,
                in.perishable(), Boolean.TRUE.equals(in.returnsRestockable()), reorder);
    }

    /** The GS1 check digit: from the right, the digits before it weigh 3, 1, 3, 1 … */
    static boolean checkDigitHolds(String digits) {
        int sum = 0;
        for (int i = digits.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == digits.charAt(digits.length() - 1) - '0';
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

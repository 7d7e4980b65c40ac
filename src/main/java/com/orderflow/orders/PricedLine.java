package com.orderflow.orders;

import java.math.BigDecimal;

/**
 * An order line as the catalogue prices it: the catalogue's SKU, English name and size, the unit
 * price agreed (the catalogue's, or on a change what the order already had), the quantity and the
 * discount with its reason. {@code newDiscount}: the discount is new or larger than the one the
 * order already had for the SKU, so it needs someone allowed to give it.
 */
record PricedLine(String sku, String product, String size, int quantity, BigDecimal unitPrice,
        BigDecimal discount, String discountReason, boolean newDiscount) {

    BigDecimal gross() {
        return Money.rupees(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    }

    /** "Kaju Katli 1 kg × 2", as the packer and the story read it. */
    String summary() {
        return product + (size == null || size.isBlank() ? "" : " " + size) + " × " + quantity;
    }
}

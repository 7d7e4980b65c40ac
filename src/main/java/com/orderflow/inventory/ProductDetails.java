package com.orderflow.inventory;

import java.math.BigDecimal;

/**
 * What the products page edits of a product (everything but its SKU): size, weight, price, GST
 * rate in percent and HSN/SAC code (GST invoices), the maker's barcode, whether it is perishable
 * (null: decided by shelf life), whether returns may go back on the counter, and the reorder level.
 */
public record ProductDetails(String name, String size, BigDecimal unitWeightGrams, BigDecimal price,
        BigDecimal gstRatePercent, String hsn, String barcode, Boolean perishable, Boolean returnsRestockable,
        Integer reorderLevel) {
}

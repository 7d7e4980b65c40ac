package com.orderflow.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The requests of stock keeping, as the API and the pages send them. */
public final class StockRequests {
    private StockRequests() {
    }

    /**
     * A new product in one size; GST rate (percent), HSN/SAC, the maker's barcode and perishable
     * (null: decided by shelf life) are optional.
     */
    public record NewProduct(String sku, String name, String size, BigDecimal unitWeightGrams, BigDecimal price,
            Integer reorderLevel, Boolean returnsRestockable, BigDecimal gstRatePercent, String hsn, String barcode,
            Boolean perishable) {

        public NewProduct(String sku, String name, String size, BigDecimal unitWeightGrams, BigDecimal price,
                Integer reorderLevel, Boolean returnsRestockable) {
            this(sku, name, size, unitWeightGrams, price, reorderLevel, returnsRestockable, null, null, null, null);
        }

        ProductDetails details() {
            return new ProductDetails(name, size, unitWeightGrams, price, gstRatePercent, hsn, barcode, perishable,
                    returnsRestockable, reorderLevel);
        }
    }

    /**
     * A production receipt: {@code code} is a SKU or a scanned pack label (which then gives batch and
     * expiry); the pool is COUNTER unless said otherwise (ADVANCE_BOOKING for made-to-order batches).
     */
    public record Receipt(String code, String batchNumber, LocalDate productionDate, LocalDate expiryDate,
            Integer quantity, Pool pool) {
    }

    /** Moves stock of one batch from one pool to another, with the reason. */
    public record Transfer(String sku, String batchNumber, Pool from, Pool to, Integer quantity, String reason) {
    }

    /** The quantity found at a physical count of one batch in one pool. */
    public record Count(String sku, String batchNumber, Pool pool, Integer countedQuantity, String reason) {
    }
}

package com.orderflow.inventory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import com.orderflow.platform.database.KnownIds;

interface Products extends JpaRepository<Product, Long> {
    /** The ids of the SKUs looked up (see {@link #bySku}). */
    KnownIds KNOWN_IDS = new KnownIds(10_000);

    /**
     * The product with this SKU (upper case). Once its id is known, by its id: a transaction that
     * already holds the product reads nothing again (issue 18).
     */
    default Optional<Product> bySku(String sku) {
        return sku == null ? Optional.empty() : KNOWN_IDS.find(sku, this::findById, () -> findBySku(sku), Product::id,
                product -> sku.equals(product.sku()));
    }

    /** The product with this SKU (SKUs are stored in upper case). */
    Optional<Product> findBySku(String sku);

    /** The product with this maker's barcode (EAN/UPC digits). */
    Optional<Product> findByBarcode(String barcode);

    /** Products whose SKU or name contains the text, for the counter's search box. */
    List<Product> findTop20BySkuContainingIgnoreCaseOrNameContainingIgnoreCaseOrderByNameAscSkuAsc(String sku,
            String name);
}

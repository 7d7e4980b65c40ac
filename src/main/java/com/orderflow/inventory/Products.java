package com.orderflow.inventory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Products extends JpaRepository<Product, Long> {
    /** The product with this SKU (SKUs are stored in upper case). */
    Optional<Product> findBySku(String sku);

    /** The product with this maker's barcode (EAN/UPC digits). */
    Optional<Product> findByBarcode(String barcode);

    /** Products whose SKU or name contains the text, for the counter's search box. */
    List<Product> findTop20BySkuContainingIgnoreCaseOrNameContainingIgnoreCaseOrderByNameAscSkuAsc(String sku,
            String name);
}

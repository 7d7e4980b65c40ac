package com.orderflow.inventory;

/**
 * One line of an order as stock sees it: a SKU, its size as the order wrote it (may be null; when
 * given it must match the product's size) and how many packs.
 */
public record StockLine(String sku, String size, int quantity) {
}

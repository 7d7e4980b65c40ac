package com.orderflow.billing;

/** Pieces of one SKU that a customer gave back, as a refund for a return counts them (K9). */
public record ReturnedItem(String sku, int quantity) {
}

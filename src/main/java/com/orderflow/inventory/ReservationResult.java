package com.orderflow.inventory;

import java.util.List;

/**
 * What reserving an advance order's stock achieved. {@code fullyReserved} false means the order is
 * a backorder (S4): {@code shortfalls} says how many units of which SKU are still missing.
 */
public record ReservationResult(String orderNumber, boolean fullyReserved, List<Shortfall> shortfalls) {
    public record Shortfall(String sku, String product, int quantityShort) {
    }
}

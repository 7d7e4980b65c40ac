package com.orderflow.inventory;

/** An advance order still waiting for stock (S4), for the board and the stock page. */
public record BackorderView(String orderNumber, String sku, String product, int quantityShort) {
}

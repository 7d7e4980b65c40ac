package com.orderflow.inventory;

/**
 * An alert a rule raised. {@code conditionKey} names the condition ("LOW_STOCK:KK-1KG"): while an
 * alert with that key is open, the same condition raises no second one.
 */
public record RaisedAlert(AlertKind kind, String conditionKey, String sku, String message) {
}

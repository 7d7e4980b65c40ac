package com.orderflow.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a bill revision changes for the packer, in his words: "Kaju Katli 1 kg: 2 → 3; Ukadiche
 * Modak 500 g: removed; Karanji 250 g: new, 2". Only items and quantities count; a price change
 * needs nothing repacked, so it is not mentioned. Lines of the same SKU count together.
 */
final class PackingChanges {
    private PackingChanges() {
    }

    private record Item(String name, int quantity) {
    }

    static String between(List<OrderLine> before, List<PricedLine> after) {
        Map<String, Item> old = new LinkedHashMap<>();
        for (OrderLine line : before) {
            old.merge(key(line.sku()), new Item(name(line.productName(), line.size()), line.quantity()),
                    (a, b) -> new Item(a.name(), a.quantity() + b.quantity()));
        }
        Map<String, Item> now = new LinkedHashMap<>();
        for (PricedLine line : after) {
            now.merge(key(line.sku()), new Item(name(line.product(), line.size()), line.quantity()),
                    (a, b) -> new Item(a.name(), a.quantity() + b.quantity()));
        }
        List<String> changes = new ArrayList<>();
        old.forEach((sku, was) -> {
            Item is = now.get(sku);
            if (is == null) {
                changes.add(was.name() + ": removed");
            } else if (is.quantity() != was.quantity()) {
                changes.add(was.name() + ": " + was.quantity() + " → " + is.quantity());
            }
        });
        now.forEach((sku, is) -> {
            if (!old.containsKey(sku)) {
                changes.add(is.name() + ": new, " + is.quantity());
            }
        });
        return String.join("; ", changes);
    }

    private static String key(String sku) {
        return sku == null ? "" : sku.trim().toUpperCase(Locale.ROOT);
    }

    private static String name(String product, String size) {
        String p = product == null ? "" : product.trim();
        return size == null || size.isBlank() ? p : p + " " + size.trim();
    }
}

package com.orderflow.inventory;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A product as order entry sees it: its names in English, Marathi and Hindi (the last two may be
 * null), size, price in rupees, and how many packs are free now in each pool: {@code counter} is
 * unexpired Counter stock (what an order is packed from and what an advance booking reserves),
 * {@code advanceBooking} is unexpired Advance Booking stock that no order has reserved yet.
 */
public record CatalogueItem(String sku, String name, String nameMr, String nameHi, String size, BigDecimal price,
        int counter, int advanceBooking) {

    /** The name in a language ("en", "mr", "hi"); English where the product has none in that language. */
    public String name(String language) {
        String named = switch (language == null ? "en" : language) {
            case "mr" -> nameMr;
            case "hi" -> nameHi;
            default -> name;
        };
        return named == null ? name : named;
    }

    /** Whether {@code text} is one of the product's names, in any language, ignoring case and spacing. */
    public boolean isCalled(String text) {
        String wanted = normal(text);
        return Stream.of(name, nameMr, nameHi).anyMatch(n -> n != null && normal(n).equals(wanted));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

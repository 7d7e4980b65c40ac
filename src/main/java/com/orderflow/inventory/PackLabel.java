package com.orderflow.inventory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What the Code 128 label on a pack says (K16): {@code SKU|size|batch|expiry}, for example
 * {@code KK-1KG|1 kg|KK-2611-01|2026-12-05}. Code 128 carries all of ASCII, and a keyboard-wedge
 * scanner types it followed by Enter, so the same text works in any input field.
 */
public record PackLabel(String sku, String size, String batchNumber, LocalDate expiryDate) {
    private static final String SEPARATOR = "|";

    public String content() {
        return String.join(SEPARATOR, sku, size, batchNumber, expiryDate.toString());
    }

    /** The label a scanner read, or empty when the text is not a label (e.g. a typed SKU). */
    public static Optional<PackLabel> parse(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        String[] parts = scanned.trim().split("\\|", -1);
        if (parts.length != 4 || parts[0].isBlank() || parts[2].isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PackLabel(parts[0].trim().toUpperCase(java.util.Locale.ROOT), parts[1].trim(),
                    parts[2].trim(), LocalDate.parse(parts[3].trim())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

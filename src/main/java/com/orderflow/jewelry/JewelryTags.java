package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.util.Locale;

import com.orderflow.platform.documents.Codes;

/**
 * What a piece's barcode tag says (J6): {@code T-000123|GOLD|22K|12.345g} — tag number, metal,
 * purity and net weight, separated by bars that never occur in the values. Code 128 carries it
 * compactly and any counter scanner reads it; the tag number alone finds the order.
 */
public final class JewelryTags {
    private JewelryTags() {
    }

    /** The decoded content of a tag. */
    public record TagContent(String tagNumber, Metal metal, String purity, BigDecimal grams) {
    }

    static String content(String tagNumber, Metal metal, String purity, BigDecimal grams) {
        return tagNumber + "|" + metal + "|" + purity + "|" + Weights.grams(grams).toPlainString() + "g";
    }

    /** Reads a scanned tag back; throws IllegalArgumentException for anything that is not one of ours. */
    public static TagContent parse(String scanned) {
        String[] parts = scanned == null ? new String[0] : scanned.strip().split("\\|");
        if (parts.length != 4 || !parts[0].startsWith(JewelryNumbers.TAG_PREFIX + "-") || !parts[3].endsWith("g")) {
            throw new IllegalArgumentException("Not a jewelry tag: " + scanned);
        }
        return new TagContent(parts[0], Metal.valueOf(parts[1].toUpperCase(Locale.ROOT)), parts[2],
                new BigDecimal(parts[3].substring(0, parts[3].length() - 1)));
    }

    static byte[] png(String content) {
        return Codes.code128Png(content, 640, 140);
    }
}

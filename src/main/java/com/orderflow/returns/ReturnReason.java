package com.orderflow.returns;

import java.util.List;
import java.util.Locale;

/** Why goods came back: the first input of the refund-or-replacement table. */
public enum ReturnReason {
    WRONG_ITEM, DAMAGED, SPOILED, REFUSED, MISSING_PIECES, OTHER;

    private static final List<List<String>> WORDS = List.of(
            List.of("wrong", "galat", "गलत", "चुकीच"),
            List.of("damag", "broken", "crush", "leak", "toot", "टूट", "खराब पैक", "तुट", "फुट"),
            List.of("spoil", "expir", "stale", "smell", "fungus", "बासी", "खराब", "एक्सपायर", "शिळ", "नासल"),
            List.of("refus", "not home", "did not take", "cancel", "मना", "नहीं लिया", "नकार", "घेतले नाही"),
            List.of("missing", "short", "less", "कम", "गायब", "कमी"));

    /**
     * The reason a delivery boy's free text most likely means (he types "customer refused", "box
     * crushed", "गलत मिठाई"); OTHER when nothing fits. The biller sees the text and can override the
     * suggestion it leads to.
     */
    static ReturnReason fromText(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        ReturnReason[] order = {WRONG_ITEM, DAMAGED, SPOILED, REFUSED, MISSING_PIECES};
        for (int i = 0; i < order.length; i++) {
            if (WORDS.get(i).stream().anyMatch(lower::contains)) {
                return order[i];
            }
        }
        return OTHER;
    }
}

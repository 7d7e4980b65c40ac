package com.orderflow.jewelry;

import java.math.BigDecimal;

/**
 * A stone row as pages, slips and tests read it. For the customer's own stones of a custom piece,
 * once the karigar's work is received, {@code returnedCount} of them came back (handed back to the
 * customer) and the rest are set in the piece.
 */
public record StoneView(StoneOwner owner, String description, int count, BigDecimal grams, BigDecimal price,
        boolean addedAtKarigar, int returnedCount) {

    /** How many of the customer's stones are set in the piece: all that did not come back. */
    public int setInPiece() {
        return count - returnedCount;
    }

    /** "2 set in the piece, 1 handed back to the customer", "all 3 set in the piece", "all 3 handed back …" (English). */
    public String outcome() {
        if (returnedCount == 0) {
            return "all " + count + " set in the piece";
        }
        if (returnedCount == count) {
            return "all " + count + " handed back to the customer";
        }
        return setInPiece() + " set in the piece, " + returnedCount + " handed back to the customer";
    }
}

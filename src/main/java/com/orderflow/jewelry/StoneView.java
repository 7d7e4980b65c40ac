package com.orderflow.jewelry;

import java.math.BigDecimal;

/** A stone row as pages, slips and tests read it. */
public record StoneView(StoneOwner owner, String description, int count, BigDecimal grams, BigDecimal price,
        boolean addedAtKarigar, int returnedCount) {
}

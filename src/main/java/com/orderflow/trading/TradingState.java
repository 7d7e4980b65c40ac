package com.orderflow.trading;

import java.util.EnumSet;
import java.util.Set;

/** Where a trading order stands; the aggregate refuses what its state forbids. */
public enum TradingState {
    PLACED, PAYMENT_VERIFIED, SOURCING, TO_PICK, PICKED, CHECKED, PACKED, DISPATCHED, DELIVERED, INSTALLED,
    COMPLETED, CANCELLED, RETURNED;

    static final Set<TradingState> ON_THE_WAY = EnumSet.of(DISPATCHED);
    static final Set<TradingState> OVER = EnumSet.of(COMPLETED, CANCELLED, RETURNED);

    public boolean isOver() {
        return OVER.contains(this);
    }
}

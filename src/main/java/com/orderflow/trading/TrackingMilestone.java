package com.orderflow.trading;

import java.util.List;

/**
 * The customer's tracking timeline (E2, seed 004 section 2): twelve moments, each reached when one
 * of its steps is done. Words in the trading-messages bundles ({@code trading.track.<name>} and
 * {@code .about}).
 */
public enum TrackingMilestone {
    ORDER_CONFIRMED(TradingStep.ORDER_CONFIRMED),
    PAYMENT_VERIFIED(TradingStep.PAYMENT_VERIFIED),
    STOCK_RESERVED(TradingStep.STOCK_ALLOCATED),
    PACKING_STARTED(TradingStep.PICKING),
    QUALITY_CHECKED(TradingStep.QUALITY_CHECK),
    SHIPPED(TradingStep.DISPATCHED),
    IN_TRANSIT(TradingStep.PICKED_UP, TradingStep.IN_TRANSIT, TradingStep.AT_HUB),
    OUT_FOR_DELIVERY(TradingStep.OUT_FOR_DELIVERY),
    DELIVERED(TradingStep.DELIVERED),
    INSTALLATION_SCHEDULED(TradingStep.INSTALLATION_SCHEDULED),
    INSTALLATION_COMPLETED(TradingStep.INSTALLATION_COMPLETED),
    WARRANTY_ACTIVATED(TradingStep.WARRANTY_ACTIVATED);

    private final List<TradingStep> steps;

    TrackingMilestone(TradingStep... steps) {
        this.steps = List.of(steps);
    }

    /** The steps any of which marks this moment as reached. */
    public List<TradingStep> steps() {
        return steps;
    }
}

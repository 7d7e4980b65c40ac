package com.orderflow.orders;

/** The visible status of an order (K6), written by the order-fulfilment process at its milestones. */
public enum OrderStatus {
    RECEIVED, PACKED, BILLED, READY_FOR_DISPATCH, OUT_FOR_DELIVERY, DELIVERED, CANCELLED, RETURNED;

    /** No process step follows a final status. */
    public boolean isFinal() {
        return this == DELIVERED || this == CANCELLED || this == RETURNED;
    }
}

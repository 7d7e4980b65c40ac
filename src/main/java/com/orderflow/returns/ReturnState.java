package com.orderflow.returns;

/**
 * Where a return's money side stands. OPEN until the biller decides; MANAGER_REVIEW while an order
 * manager decides; then REFUNDED, REPLACED or REJECTED. {@code closedAt} on the return says whether
 * the goods side (inspection) is finished too.
 */
public enum ReturnState {
    OPEN, MANAGER_REVIEW, REFUNDED, REPLACED, REJECTED
}

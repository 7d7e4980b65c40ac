package com.orderflow.returns;

/** Where a return's goods are: on their way into Return stock, there awaiting inspection, inspected. */
public enum GoodsState {
    EXPECTED, IN_RETURN_STOCK, INSPECTED
}

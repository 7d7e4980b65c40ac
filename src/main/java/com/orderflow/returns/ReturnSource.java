package com.orderflow.returns;

/** Who opened a return: the delivery boy marked the stop Returned, or Customer Care took a complaint. */
public enum ReturnSource {
    DELIVERY, CUSTOMER_CARE
}

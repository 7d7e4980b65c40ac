package com.orderflow.trading;

/** The departments of a trading business (E4), one lane each in trading-order.bpmn. */
public enum Department {
    SALES, FINANCE, ORDER_MANAGEMENT, PROCUREMENT, WAREHOUSE, DISPATCH, TRANSPORT, DELIVERY, SERVICE, CRM
}

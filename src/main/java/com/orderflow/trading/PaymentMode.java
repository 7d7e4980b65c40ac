package com.orderflow.trading;

/** How a trading order is paid: in advance through the gateway (UPI, card), or in cash at the door. */
public enum PaymentMode {
    PREPAID, COD
}

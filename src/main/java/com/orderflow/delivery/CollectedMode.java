package com.orderflow.delivery;

/** How a delivery boy took the money at the door: cash, UPI (with its reference), or nothing taken. */
public enum CollectedMode {
    CASH, UPI, NONE
}

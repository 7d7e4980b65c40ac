package com.orderflow.orders;

/** How the customer wants to hear from the shop. */
public enum ContactChannel {
    WHATSAPP, SMS
}

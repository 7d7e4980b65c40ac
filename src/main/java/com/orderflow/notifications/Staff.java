package com.orderflow.notifications;

/** A staff member as a customer is told about him: name, and phone when the admin has recorded one. */
public record Staff(String userId, String name, String phone) {
}

package com.orderflow.customers;

/**
 * A customer as the account pages and other modules see them.
 *
 * @param phone    E.164, the customer's identity
 * @param name     the latest name used on an order, or empty for a customer who has not ordered yet
 * @param language en, mr or hi: the latest order's
 */
public record CustomerProfile(long id, String phone, String name, String language) {

    /** "Sita" from "Sita Rao"; empty when no name is known yet. */
    public String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}

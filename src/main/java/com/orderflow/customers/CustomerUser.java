package com.orderflow.customers;

import java.util.Set;

import com.orderflow.platform.security.CurrentUser;

/**
 * A signed-in customer as the order module's permission table sees them: the role {@code customer}
 * (a row of dmn/order-action-permission.dmn) and an id that names the phone in timelines and audit.
 * Which orders are theirs is checked here, by phone, before any order is read or changed.
 */
public final class CustomerUser {
    public static final String ROLE = "customer";

    private CustomerUser() {
    }

    public static String idOf(String phone) {
        return "customer:" + phone;
    }

    public static CurrentUser of(CustomerProfile customer) {
        return new CurrentUser(idOf(customer.phone()), Set.of(ROLE));
    }
}

package com.orderflow.customers.web;

import java.security.Principal;

/** Who a customer session belongs to: the customer's record and phone (never a staff user). */
record CustomerPrincipal(long customerId, String phone) implements Principal {
    @Override
    public String getName() {
        return "customer:" + phone;
    }
}

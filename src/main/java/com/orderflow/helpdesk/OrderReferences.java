package com.orderflow.helpdesk;

import java.util.Optional;

/**
 * What the help desk asks the modules that own orders (trading today; shop orders may follow), so
 * that it knows none of them: which order a text names, and a customer's newest order by e-mail.
 * Implemented there, declared here.
 */
public interface OrderReferences {

    /** The first order number in the text (a mail's subject) that is a real order of this module. */
    Optional<OrderContact> orderNamedIn(String text);

    /** The newest order of the customer with this e-mail address. */
    Optional<OrderContact> latestOrderOf(String email);

    /** An order by its number. */
    Optional<OrderContact> order(String number);

    /** An order as the help desk needs it: to link the ticket and to answer the customer. */
    record OrderContact(String number, String customerName, String email, String phone) {
    }
}

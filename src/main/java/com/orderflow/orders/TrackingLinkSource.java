package com.orderflow.orders;

import java.util.Optional;

import com.orderflow.platform.security.CurrentUser;

/**
 * The order's public tracking link for staff to copy and send (K1). The tracking module keeps the
 * links and implements this, so that the order page can show one without the orders module
 * knowing about tokens.
 */
public interface TrackingLinkSource {
    /** The link, issued now if the order has none; the user must be one who may see the order. */
    String linkFor(String orderNumber, CurrentUser user);

    /**
     * The link for the order page: the live one (issued now if the order never had one), or empty
     * while the order's last link stands revoked.
     */
    Optional<String> currentLink(String orderNumber, CurrentUser user);
}

package com.orderflow.orders;

import com.orderflow.platform.security.CurrentUser;

/**
 * The order's public tracking link for staff to copy and send (K1). The tracking module keeps the
 * links and implements this, so that the order page can show one without the orders module
 * knowing about tokens.
 */
public interface TrackingLinkSource {
    /** The link, issued now if the order has none; the user must be one who may see the order. */
    String linkFor(String orderNumber, CurrentUser user);
}

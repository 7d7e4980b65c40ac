package com.orderflow.tracking;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.orderflow.orders.TrackingLinkSource;
import com.orderflow.platform.security.CurrentUser;

/** The order page shows the same link the QR code carries, as text to copy, or that it was revoked. */
@Component
class StaffTrackingLink implements TrackingLinkSource {
    private final TrackingLinks links;

    StaffTrackingLink(TrackingLinks links) {
        this.links = links;
    }

    @Override
    public String linkFor(String orderNumber, CurrentUser user) {
        return links.linkFor(orderNumber, user);
    }

    @Override
    public Optional<String> currentLink(String orderNumber, CurrentUser user) {
        return links.currentLink(orderNumber, user);
    }
}

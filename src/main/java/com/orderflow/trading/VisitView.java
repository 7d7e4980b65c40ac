package com.orderflow.trading;

import java.time.Instant;
import java.util.List;

/**
 * An installation visit as the technician's phone and the order page show it: the customer to call
 * and find, what to install (with serials), the slot, and how it ended.
 *
 * @param state OFFERED, CONFIRMED, DONE, NO_SHOW, RESCHEDULED, APPROVED, REJECTED, …
 */
public record VisitView(long id, String orderNumber, int attempt, String technician, String state, Instant slotStart,
        Instant slotEnd, String customerName, String customerPhone, String address, String city, String pincode,
        List<String> items, List<String> serials, String checklist, String visitNote, String customerNote,
        int photos, boolean signed, String approvedBy, String approvalNote) {

    public boolean workable() {
        return "CONFIRMED".equals(state);
    }

    /** A Google Maps search for the address, for the technician's phone. */
    public String mapLink() {
        return "https://www.google.com/maps/search/?api=1&query="
                + java.net.URLEncoder.encode(address + ", " + city + " " + pincode, java.nio.charset.StandardCharsets.UTF_8);
    }
}

package com.orderflow.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A run as its delivery boy works it on his phone (and the dispatcher follows it): each stop in
 * riding order with whom to call, where to ride, what to hand over, and how it ended with its proofs.
 */
public record RunOnRoad(long number, String zone, String deliveryBoy, RunState state, Instant startedAt,
        int totalMetres, List<Stop> stops) {

    /** @param outcome null while the stop is open */
    public record Stop(int stopNo, String orderNumber, String customerName, String phone, String address,
            String locality, String pincode, String items, Double latitude, Double longitude, StopOutcome outcome,
            String returnReason, Instant completedAt, List<ProofView> proofs) {

        public boolean open() {
            return outcome == null;
        }

        /** A Google Maps link that starts navigation to the stop, or null without a point. */
        public String mapLink() {
            return latitude == null ? null
                    : "https://www.google.com/maps/dir/?api=1&destination=" + latitude + "," + longitude;
        }
    }

    public long openStops() {
        return stops.stream().filter(Stop::open).count();
    }
}

package com.orderflow.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A run as its delivery boy works it on his phone (and the dispatcher follows it): each stop in
 * riding order with whom to call, where to ride, what to hand over, how much to collect, and how it
 * ended with its proofs and what was collected.
 */
public record RunOnRoad(long number, String zone, String deliveryBoy, RunState state, Instant startedAt,
        int totalMetres, List<Stop> stops) {

    /**
     * @param outcome null while the stop is open
     * @param amountToCollect what the customer is to pay at the door: while the stop is open, what is
     *        due on the order's bill now; once delivered, what was due then; null when the order has
     *        no live bill (or the stop ended otherwise)
     * @param collected what the delivery boy collected; null until the stop ends delivered
     */
    public record Stop(int stopNo, String orderNumber, String customerName, String phone, String address,
            String locality, String pincode, String items, Double latitude, Double longitude, StopOutcome outcome,
            String returnReason, Instant completedAt, List<ProofView> proofs, BigDecimal amountToCollect,
            Collected collected) {

        public boolean open() {
            return outcome == null;
        }

        /** Nothing to collect at the door: the bill is paid. */
        public boolean paid() {
            return amountToCollect != null && amountToCollect.signum() == 0;
        }

        /** How much less was collected than was due (null when nothing is short). */
        public BigDecimal shortBy() {
            if (collected == null || amountToCollect == null) {
                return null;
            }
            BigDecimal missing = amountToCollect.subtract(collected.amount());
            return missing.signum() > 0 ? missing : null;
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

    /** What is still to collect at the run's open stops. */
    public BigDecimal toCollect() {
        return stops.stream().filter(Stop::open).map(Stop::amountToCollect).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The cash collected at the run's stops so far. */
    public BigDecimal cashCollected() {
        return stops.stream().map(Stop::collected).filter(Objects::nonNull).map(Collected::cash)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}

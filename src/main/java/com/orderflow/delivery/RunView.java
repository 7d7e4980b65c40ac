package com.orderflow.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A delivery run as the dispatcher and its delivery boy see it: the stops in riding order, each
 * with the straight-line metres from the previous stop (the first from the shop), the customer's
 * name and the amount to collect at the door. A stop without a point rides last and has no distance.
 */
public record RunView(long number, String zone, String deliveryBoy, RunState state, Instant plannedAt,
        String plannedBy, int totalMetres, List<StopView> stops) {

    /**
     * @param pointSource ORDER (a point set for this order), LOCALITY (its locality's point) or NONE
     * @param amountToCollect what is due on the order's bill now (0.00: paid); null without a live bill
     */
    public record StopView(int stopNo, String orderNumber, String locality, String pincode, String zone,
            Double latitude, Double longitude, String pointSource, Integer metresFromPrevious, String customerName,
            BigDecimal amountToCollect) {
    }

    /** What the run's stops are to collect in all. */
    public BigDecimal toCollect() {
        return stops.stream().map(StopView::amountToCollect).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    static RunView of(DeliveryRun run, List<DeliveryStop> stops, StopFacts.Facts facts) {
        return new RunView(run.number(), run.zoneName(), run.deliveryBoy(), run.state(), run.plannedAt(),
                run.plannedBy(), run.totalMetres(), stops.stream()
                        .map(s -> new StopView(s.stopNo(), s.orderNumber(), s.locality(), s.pincode(), s.zoneName(),
                                s.latitude(), s.longitude(), s.pointSource().name(), s.metresFromPrevious(),
                                facts.names().get(s.orderNumber()), facts.due().get(s.orderNumber())))
                        .toList());
    }
}

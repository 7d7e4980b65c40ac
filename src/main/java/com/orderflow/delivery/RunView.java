package com.orderflow.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A delivery run as the dispatcher and its delivery boy see it: the stops in riding order, each
 * with the straight-line metres from the previous stop (the first from the shop). A stop without
 * a point rides last and has no distance.
 */
public record RunView(long number, String zone, String deliveryBoy, RunState state, Instant plannedAt,
        String plannedBy, int totalMetres, List<StopView> stops) {

    /**
     * @param pointSource ORDER (a point set for this order), LOCALITY (its locality's point) or NONE
     */
    public record StopView(int stopNo, String orderNumber, String locality, String pincode, String zone,
            Double latitude, Double longitude, String pointSource, Integer metresFromPrevious) {
    }

    static RunView of(DeliveryRun run, List<DeliveryStop> stops) {
        return new RunView(run.number(), run.zoneName(), run.deliveryBoy(), run.state(), run.plannedAt(),
                run.plannedBy(), run.totalMetres(), stops.stream()
                        .map(s -> new StopView(s.stopNo(), s.orderNumber(), s.locality(), s.pincode(), s.zoneName(),
                                s.latitude(), s.longitude(), s.pointSource().name(), s.metresFromPrevious()))
                        .toList());
    }
}

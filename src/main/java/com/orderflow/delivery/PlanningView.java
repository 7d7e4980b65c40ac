package com.orderflow.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.orderflow.orders.OrderSummary;

/**
 * The dispatch planning page (K4): advance bookings still waiting, by delivery date; orders packed
 * but not yet delivered, with the run that carries them; and the latest completed deliveries with
 * their proof.
 *
 * @param runOf the run number of each order that is on a planned or active run
 * @param runsWithoutDeliveryBoy the zone of each planned run that has no delivery boy (its zone has
 *        no default one), by run number: the dispatcher must choose one before it can leave
 */
public record PlanningView(Map<LocalDate, List<OrderSummary>> advanceByDate, List<OrderSummary> packedUndelivered,
        Map<String, Long> runOf, List<OrderSummary> completed, Map<String, List<ProofView>> proofs,
        Map<Long, String> runsWithoutDeliveryBoy) {
}

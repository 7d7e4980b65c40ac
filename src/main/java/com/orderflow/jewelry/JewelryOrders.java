package com.orderflow.jewelry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface JewelryOrders extends JpaRepository<JewelryOrder, Long>, JpaSpecificationExecutor<JewelryOrder> {
    /** The order with this number (JO-… or JR-…). */
    Optional<JewelryOrder> findByNumber(String number);

    /** A category's open work at the karigars: the workload the assignment table weighs. */
    long countByCategoryAndStateIn(String category, Collection<JewelryState> states);

    /** A karigar's pieces in these states (his open work, for the assignment table). */
    long countByKarigarIdAndStateIn(String karigarId, Collection<JewelryState> states);

    /** A karigar's orders in these states, soonest due first (the desk, the slips). */
    List<JewelryOrder> findByKarigarIdAndStateInOrderByDueDateAscIdAsc(String karigarId, Collection<JewelryState> states);

    /** Orders in these states, soonest due first (the desk, the reports). */
    List<JewelryOrder> findByStateInOrderByDueDateAscIdAsc(Collection<JewelryState> states);

    /** Orders that came back from a karigar in a period (the morning report). */
    List<JewelryOrder> findByReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderByIdAsc(Instant from, Instant to);

    /** Orders due on or before a date in these states. */
    List<JewelryOrder> findByDueDateLessThanEqualAndStateInOrderByDueDateAscIdAsc(LocalDate date,
            Collection<JewelryState> states);
}

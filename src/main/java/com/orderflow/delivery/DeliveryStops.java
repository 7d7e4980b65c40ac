package com.orderflow.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryStops extends JpaRepository<DeliveryStop, Long> {
    /** A run's stops in route order. */
    List<DeliveryStop> findByRunIdOrderByStopNoAscIdAsc(Long runId);

    /** The stops of several runs (to show them together), in no particular order. */
    List<DeliveryStop> findByRunIdIn(Collection<Long> runIds);

    /** An order's stop on a run. */
    Optional<DeliveryStop> findByRunIdAndOrderNumber(Long runId, String orderNumber);

    /** The stop whose task this is (see {@link DeliveryStop#linkTask}). */
    Optional<DeliveryStop> findByTaskId(String taskId);

    /** The run of an order's live stop (read without loading the stop, to lock the run before it). */
    @Query("select s.runId from DeliveryStop s where s.liveOrderNumber = ?1")
    Optional<Long> runOfLiveStop(String orderNumber);

    /** An order's live stop, if it is on a run. */
    Optional<DeliveryStop> findByLiveOrderNumber(String orderNumber);

    /** Stops that ended so between two moments (a shop day), in the order they ended. */
    List<DeliveryStop> findByOutcomeAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByCompletedAtAsc(
            StopOutcome outcome, java.time.Instant from, java.time.Instant to);

    /** The live stops of several orders (those on no run have none), in no particular order. */
    List<DeliveryStop> findByLiveOrderNumberIn(Collection<String> orderNumbers);
}

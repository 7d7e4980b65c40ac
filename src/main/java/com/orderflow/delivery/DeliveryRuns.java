package com.orderflow.delivery;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRuns extends JpaRepository<DeliveryRun, Long> {
    /** Runs in a state, by zone and number. */
    List<DeliveryRun> findByStateOrderByZoneNameAscIdAsc(RunState state);

    /** A delivery boy's runs in a state, by number. */
    List<DeliveryRun> findByStateAndDeliveryBoyOrderByIdAsc(RunState state, String deliveryBoy);

    /** Runs in a state that have no delivery boy, by number. */
    List<DeliveryRun> findByStateAndDeliveryBoyIsNullOrderByIdAsc(RunState state);

    /** Runs in any of these states, by number. */
    List<DeliveryRun> findByStateInOrderByIdAsc(java.util.Collection<RunState> states);

    /** A delivery boy's runs in any of these states, by number. */
    List<DeliveryRun> findByDeliveryBoyAndStateInOrderByIdAsc(String deliveryBoy, java.util.Collection<RunState> states);

    /** The zone's oldest run in a state, locked like {@link #findForUpdate}: new orders of the zone join it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<DeliveryRun> findFirstByStateAndZoneNameOrderByIdAsc(RunState state, String zoneName);

    /** A run, locked until the transaction ends: every change of a run's stops takes this first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from DeliveryRun r where r.id = ?1")
    Optional<DeliveryRun> findForUpdate(Long number);
}

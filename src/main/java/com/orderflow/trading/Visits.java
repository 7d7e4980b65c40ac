package com.orderflow.trading;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Visits extends JpaRepository<Visit, Long> {
    List<Visit> findByOrderIdOrderByAttemptAsc(long orderId);

    Optional<Visit> findFirstByOrderIdOrderByAttemptDesc(long orderId);

    Optional<Visit> findByTokenHash(String hash);

    Optional<Visit> findByTaskId(String taskId);

    /** A technician's visits in these states, by slot. */
    List<Visit> findByTechnicianAndStateInOrderBySlotStartAsc(String technician, Collection<Visit.State> states);

    long countByTechnicianAndStateIn(String technician, Collection<Visit.State> states);

    /** Whether the technician already has a visit starting then (offered or confirmed). */
    @Query("select count(v) > 0 from Visit v where v.technician = :technician and v.slotStart = :start"
            + " and v.state in :states")
    boolean busy(String technician, Instant start, Collection<Visit.State> states);

    List<Visit> findByStateInOrderBySlotStartAsc(Collection<Visit.State> states);
}

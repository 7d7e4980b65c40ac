package com.orderflow.delivery;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Zones extends JpaRepository<Zone, String> {
    /** Every zone, by name. */
    List<Zone> findAllByOrderByNameAsc();

    /** A zone, locked until the transaction ends (its default delivery boy changes). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select z from Zone z where z.name = ?1")
    Optional<Zone> findForUpdate(String name);
}

package com.orderflow.returns;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReturnCases extends JpaRepository<ReturnCase, Long> {
    /** A return by its number (KR-2026-000001). */
    Optional<ReturnCase> findByNumber(String number);

    /** Every return of an order, oldest first. */
    List<ReturnCase> findByOrderNumberOrderByIdAsc(String orderNumber);

    /** Returns not yet closed (money decided and goods inspected), oldest first. */
    List<ReturnCase> findByClosedAtIsNullOrderByIdAsc();

    /** The latest returns, open or closed, newest first. */
    List<ReturnCase> findTop100ByOrderByIdDesc();

    /** How many returns a customer (by phone) opened since a moment, other than this one. */
    @Query("select count(r) from ReturnCase r where r.customerPhone = :phone and r.openedAt >= :since"
            + " and r.number <> :except")
    long countByCustomerSince(String phone, Instant since, String except);
}

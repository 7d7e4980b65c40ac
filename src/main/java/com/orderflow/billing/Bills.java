package com.orderflow.billing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Bills extends JpaRepository<Bill, Long> {

    Optional<Bill> findByNumber(String number);

    /** Every bill of an order, first issued first: the original, then its revisions. */
    List<Bill> findByOrderNumberOrderByIdAsc(String orderNumber);

    /** The order's current bill (live or cancelled; at most one is not superseded). */
    Optional<Bill> findFirstByOrderNumberAndStatusNotOrderByIdDesc(String orderNumber, BillStatus superseded);

    /** Bills issued in a time window, newest first (the day's bills). */
    List<Bill> findByIssuedAtGreaterThanEqualAndIssuedAtLessThanOrderByIdDesc(Instant from, Instant to);
}

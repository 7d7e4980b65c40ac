package com.orderflow.billing;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Payments extends JpaRepository<Payment, Long> {

    /** An order's payments, oldest first, whatever their status. */
    List<Payment> findByOrderNumberOrderByIdAsc(String orderNumber);

    /** Whether a payment came from this source already (a doorstep collection, see DoorstepPayments). */
    boolean existsBySourceEvent(String sourceEvent);

    /** Per mode: the mode, how many, their net sum; accepted payments at the till recorded in [from, to). */
    @Query("""
            select p.mode, count(p), coalesce(sum(p.amount), 0) from Payment p
            where p.atCounter = true and p.status = ?3 and p.recordedAt >= ?1 and p.recordedAt < ?2
            group by p.mode""")
    List<Object[]> tillTotals(Instant from, Instant to, PaymentStatus accepted);
}

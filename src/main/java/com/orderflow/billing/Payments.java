package com.orderflow.billing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Payments extends JpaRepository<Payment, Long> {

    /** An order's payments, oldest first, whatever their status. */
    List<Payment> findByOrderNumberOrderByIdAsc(String orderNumber);

    /** Whether a payment came from this source already (a doorstep collection, see DoorstepPayments). */
    boolean existsBySourceEvent(String sourceEvent);
}

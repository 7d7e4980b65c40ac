package com.orderflow.inventory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Reservations extends JpaRepository<Reservation, Long> {
    /** What an order has set aside, per batch. */
    List<Reservation> findByOrderRef(String orderRef);

    /** What is set aside from one batch. */
    List<Reservation> findByBatchId(Long batchId);
}

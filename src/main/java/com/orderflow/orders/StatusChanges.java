package com.orderflow.orders;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChanges extends JpaRepository<StatusChange, Long> {
    /** An order's timeline, oldest first. */
    List<StatusChange> findByOrderIdOrderByAtAscIdAsc(Long orderId);
}

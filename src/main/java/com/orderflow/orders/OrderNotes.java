package com.orderflow.orders;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderNotes extends JpaRepository<OrderNote, Long> {
    /** An order's notes, oldest first. */
    List<OrderNote> findByOrderIdOrderByWrittenAtAscIdAsc(Long orderId);
}

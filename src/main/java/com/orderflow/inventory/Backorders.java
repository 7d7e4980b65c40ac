package com.orderflow.inventory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Backorders extends JpaRepository<Backorder, Long> {
    /** An order's shortfalls, one row per product. */
    List<Backorder> findByOrderRef(String orderRef);

    /** Every open shortfall, oldest first (the board, the stock page). */
    List<Backorder> findAllByOrderByRaisedAtAsc();
}

package com.orderflow.jewelry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JewelryStones extends JpaRepository<JewelryStone, Long> {
    /** An order's stones in the order they were recorded. */
    List<JewelryStone> findByOrderIdOrderByIdAsc(long orderId);
}

package com.orderflow.jewelry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JewelryBillLines extends JpaRepository<JewelryBillLine, Long> {
    /** A handover bill's lines in bill order. */
    List<JewelryBillLine> findByOrderIdOrderByLineNoAsc(long orderId);
}

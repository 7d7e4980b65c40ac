package com.orderflow.packing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PackingSlips extends JpaRepository<PackingSlip, Long> {
    /** The newest slip of an order: what "print again" prints. */
    Optional<PackingSlip> findFirstByOrderNumberOrderBySlipNoDesc(String orderNumber);

    /** The highest slip number of an order so far, 0 before the first. */
    @Query("select coalesce(max(s.slipNo), 0) from PackingSlip s where s.orderNumber = :orderNumber")
    int lastSlipNo(String orderNumber);

    /** Every slip of these orders, newest first, for the packing board. */
    List<PackingSlip> findByOrderNumberInOrderBySlipNoDesc(Collection<String> orderNumbers);

    /** An order's slips, oldest first. */
    List<PackingSlip> findByOrderNumberOrderBySlipNoAsc(String orderNumber);
}

package com.orderflow.trading;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface PurchaseOrders extends JpaRepository<PurchaseOrder, Long> {
    Optional<PurchaseOrder> findByNumber(String number);

    Optional<PurchaseOrder> findByTokenHash(String hash);

    List<PurchaseOrder> findByOrderIdOrderByIdAsc(long orderId);

    /** The order's newest purchase order. */
    Optional<PurchaseOrder> findFirstByOrderIdOrderByIdDesc(long orderId);

    /**
     * The purchase order, its row locked until the transaction ends: releases of its stages, the
     * order's settlement check and a withdrawal take turns on it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PurchaseOrder p where p.id = :id")
    Optional<PurchaseOrder> lock(long id);

    List<PurchaseOrder> findByVendorCodeOrderByIdDesc(String vendorCode);
}

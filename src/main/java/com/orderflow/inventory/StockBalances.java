package com.orderflow.inventory;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StockBalances extends JpaRepository<StockBalance, Long> {
    /**
     * Every balance row of these products, locked (SELECT … FOR UPDATE) until the transaction ends.
     * Always in id order, so two transactions that lock overlapping products cannot deadlock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from StockBalance b where b.productId in :productIds order by b.id")
    List<StockBalance> lockAllOf(Collection<Long> productIds);

    /** Every balance row, for the stock page (not locked). */
    List<StockBalance> findAllByOrderByProductIdAscBatchIdAsc();

    /** The balance rows of one product (not locked). */
    List<StockBalance> findByProductId(Long productId);
}

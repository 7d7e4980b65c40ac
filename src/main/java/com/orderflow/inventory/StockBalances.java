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

    /**
     * The balance rows (every pool) of these products' batches that hold stock in some pool, locked
     * in id order like {@link #lockAllOf}: what a sale needs, without the sold-out batches a product
     * collects over months.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from StockBalance b where b.productId in :productIds and b.batchId in (select s.batchId from"
            + " StockBalance s where s.productId in :productIds and s.quantity > 0) order by b.id")
    List<StockBalance> lockStockedOf(Collection<Long> productIds);

    /** Every balance row, for the stock page (not locked). */
    List<StockBalance> findAllByOrderByProductIdAscBatchIdAsc();

    /** The balance rows of one product (not locked). */
    List<StockBalance> findByProductId(Long productId);
}

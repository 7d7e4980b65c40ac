package com.orderflow.trading;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface TradingProducts extends JpaRepository<TradingProduct, Long> {
    Optional<TradingProduct> findBySku(String sku);

    List<TradingProduct> findAllByOrderBySkuAsc();

    /** Locks the products' rows in id order, so that two orders never take the same last unit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from TradingProduct p where p.id in :ids order by p.id")
    List<TradingProduct> lockAll(Collection<Long> ids);
}

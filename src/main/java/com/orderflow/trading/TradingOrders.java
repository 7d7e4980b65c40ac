package com.orderflow.trading;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface TradingOrders extends JpaRepository<TradingOrder, Long> {
    Optional<TradingOrder> findByNumber(String number);

    /** The order, its row locked until the transaction ends: one change of an order at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from TradingOrder o where o.id = :id")
    Optional<TradingOrder> lock(long id);

    Optional<TradingOrder> findByTrackingHash(String hash);

    /** The newest orders first, for the board. */
    List<TradingOrder> findAllByOrderByIdDesc(Pageable page);

    /** A customer's newest order, for linking an e-mail to it by its sender. */
    Optional<TradingOrder> findFirstByCustomerEmailOrderByIdDesc(String email);
}

package com.orderflow.inventory;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CounterSales extends JpaRepository<CounterSale, Long> {

    /** Per payment mode: the mode, how many sales, their total; sales in [from, to). */
    @Query("""
            select s.paymentMode, count(s), coalesce(sum(s.total), 0) from CounterSale s
            where s.soldAt >= ?1 and s.soldAt < ?2 group by s.paymentMode""")
    List<Object[]> totalsByMode(Instant from, Instant to);
}

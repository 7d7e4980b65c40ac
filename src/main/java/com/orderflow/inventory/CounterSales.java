package com.orderflow.inventory;

import org.springframework.data.jpa.repository.JpaRepository;

interface CounterSales extends JpaRepository<CounterSale, Long> {
}

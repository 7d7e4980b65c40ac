package com.orderflow.customers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRatings extends JpaRepository<OrderRating, Long> {

    Optional<OrderRating> findByOrderNumber(String orderNumber);
}

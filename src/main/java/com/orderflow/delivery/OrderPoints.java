package com.orderflow.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderPoints extends JpaRepository<OrderPoint, String> {
}

package com.orderflow.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryPositions extends JpaRepository<DeliveryPosition, String> {
}

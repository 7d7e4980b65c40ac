package com.orderflow.trading;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WarrantyRows extends JpaRepository<Warranty, Long> {
    List<Warranty> findByOrderIdOrderByIdAsc(long orderId);

    Optional<Warranty> findByTokenHash(String hash);

    boolean existsByUnitId(long unitId);
}

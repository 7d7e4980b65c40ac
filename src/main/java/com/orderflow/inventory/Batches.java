package com.orderflow.inventory;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Batches extends JpaRepository<Batch, Long> {
    /** A product's batch by its number. */
    Optional<Batch> findByProductIdAndBatchNumber(Long productId, String batchNumber);
}

package com.orderflow.orders;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderIdempotencyKeys extends JpaRepository<OrderIdempotencyKey, Long> {
    /** The key a client used before, if any. */
    Optional<OrderIdempotencyKey> findByClientIdAndIdempotencyKey(String clientId, String idempotencyKey);
}

package com.orderflow.tracking;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrackingTokens extends JpaRepository<TrackingToken, Long> {

    /** The order's live token, if it has one (at most one: a unique column). */
    Optional<TrackingToken> findByActiveOrderId(long orderId);

    /** Whether the order was ever given a link (live or revoked). */
    boolean existsByOrderId(long orderId);

    /** The token with this hash, live or revoked. */
    Optional<TrackingToken> findByTokenHash(String tokenHash);
}

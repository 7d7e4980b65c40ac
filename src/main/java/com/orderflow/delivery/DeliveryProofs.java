package com.orderflow.delivery;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryProofs extends JpaRepository<DeliveryProof, Long> {
    /** A stop's proofs, oldest first. */
    List<DeliveryProof> findByStopIdOrderByIdAsc(Long stopId);

    /** The proofs of several stops (to show a run), oldest first. */
    List<DeliveryProof> findByStopIdInOrderByIdAsc(Collection<Long> stopIds);

    /** An order's proofs, oldest first. */
    List<DeliveryProof> findByOrderNumberOrderByIdAsc(String orderNumber);

    /** Several orders' proofs (the planning page), oldest first. */
    List<DeliveryProof> findByOrderNumberInOrderByIdAsc(Collection<String> orderNumbers);

    /** How many proofs of a kind a stop has. */
    long countByStopIdAndKind(Long stopId, ProofKind kind);

    long countByStopId(Long stopId);
}

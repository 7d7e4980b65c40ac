package com.orderflow.packing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PackingWeighings extends JpaRepository<PackingWeighing, Long> {
    /** The newest weighing of an order's packing (PACK) or of its adjustment after a bill change (ADJUST). */
    Optional<PackingWeighing> findFirstByOrderNumberAndKindOrderByIdDesc(String orderNumber, PackingRecord.Kind kind);
}

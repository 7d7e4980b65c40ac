package com.orderflow.trading;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VendorStagesRepository extends JpaRepository<VendorStage, Long> {
    List<VendorStage> findByPoIdOrderByPositionAsc(long poId);

    Optional<VendorStage> findByPoIdAndStage(long poId, VendorStageKind stage);
}

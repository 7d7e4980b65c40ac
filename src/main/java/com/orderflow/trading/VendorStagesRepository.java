package com.orderflow.trading;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VendorStagesRepository extends JpaRepository<VendorStage, Long> {
    List<VendorStage> findByPoIdOrderByPositionAsc(long poId);

    Optional<VendorStage> findByPoIdAndStage(long poId, VendorStageKind stage);

    /** The stage's purchase order, read without loading the stage (so that it is read fresh under the lock). */
    @Query("select s.poId from VendorStage s where s.id = :id")
    Optional<Long> poIdOf(long id);

    /** Whether the stage's row says released, read from the database whatever this transaction holds. */
    @Query("select count(s) > 0 from VendorStage s where s.id = :id and s.releasedAt is not null")
    boolean releasedInDatabase(long id);
}

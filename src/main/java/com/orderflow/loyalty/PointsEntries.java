package com.orderflow.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PointsEntries extends JpaRepository<PointsEntry, Long> {

    List<PointsEntry> findByPhoneOrderByIdDesc(String phone, Pageable page);

    List<PointsEntry> findByOrderNumber(String orderNumber);

    boolean existsByOrderNumberAndKind(String orderNumber, PointsEntry.Kind kind);

    /** Rupees billed to the phone since then (what its earnings were for): the tier's input. */
    @Query("select coalesce(sum(e.rupees), 0) from PointsEntry e where e.phone = :phone "
            + "and e.kind = com.orderflow.loyalty.PointsEntry.Kind.EARN and e.at >= :since")
    BigDecimal billedSince(String phone, Instant since);
}

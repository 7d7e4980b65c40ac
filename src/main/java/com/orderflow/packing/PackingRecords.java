package com.orderflow.packing;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PackingRecords extends JpaRepository<PackingRecord, Long> {
    /** Packings completed since a moment (today's, for the board), oldest first. */
    List<PackingRecord> findByPackedAtGreaterThanEqualOrderByPackedAtAsc(Instant since);

    /** An order's packings, oldest first. */
    List<PackingRecord> findByOrderNumberOrderByPackedAtAscIdAsc(String orderNumber);
}

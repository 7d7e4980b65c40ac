package com.orderflow.packing;

import java.math.BigDecimal;
import java.time.Instant;

/** A completed packing as reports and tests read it. */
public record PackingRecordView(String orderNumber, String kind, String packer, BigDecimal packedWeightGrams,
        BigDecimal expectedWeightGrams, String batches, String batchNote, Instant packedAt) {

    static PackingRecordView of(PackingRecord r) {
        return new PackingRecordView(r.orderNumber(), r.kind().name(), r.packer(), r.packedWeightGrams(),
                r.expectedWeightGrams(), r.batches(), r.batchNote(), r.packedAt());
    }
}

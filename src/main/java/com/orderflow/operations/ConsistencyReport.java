package com.orderflow.operations;

import java.time.Instant;
import java.util.List;

/** One run of the consistency check: when, why, how long, and what it found (nothing = clean). */
public record ConsistencyReport(long id, Instant checkedAt, String reason, long tookMillis, List<Item> findings) {

    /** A finding as stored, with its id (the admin task names it). */
    public record Item(long id, String area, String subject, String problem) {
    }

    public boolean clean() {
        return findings.isEmpty();
    }
}

package com.orderflow.jewelry;

import java.time.Instant;

/** A sample's custody as pages, slips and tests read it. */
public record SampleView(Long id, SampleKind kind, String description, SampleState state, String karigarId,
        Instant issuedAt, Instant returnedAt, String note) {
}

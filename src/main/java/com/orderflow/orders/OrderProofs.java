package com.orderflow.orders;

import java.time.Instant;
import java.util.List;

/**
 * Proof of delivery shown on an order's page (K5, K12): photos and signatures the delivery boy
 * took, each with when and who. The delivery module keeps the proofs and implements this, so
 * that the order page can show them without the orders module knowing about delivery runs.
 */
public interface OrderProofs {
    /** One proof: its kind (PHOTO, SIGNATURE), when, who, the full file's and the thumbnail's address. */
    record Proof(long id, String kind, Instant at, String by, String url, String thumbnailUrl) {
    }

    /** The order's proofs, oldest first. */
    List<Proof> proofsOf(String orderNumber);
}

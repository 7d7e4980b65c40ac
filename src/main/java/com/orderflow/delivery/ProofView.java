package com.orderflow.delivery;

import java.time.Instant;

/**
 * A proof as pages and the API show it; {@code thumbnailUrl} is null only for proofs stored before
 * WebP proofs were decoded (they were kept without a thumbnail).
 */
public record ProofView(long id, String orderNumber, ProofKind kind, Instant at, String by, String contentType,
        long sizeBytes, String url, String thumbnailUrl) {

    static ProofView of(DeliveryProof proof) {
        String url = "/delivery/proofs/" + proof.id();
        return new ProofView(proof.id(), proof.orderNumber(), proof.kind(), proof.takenAt(), proof.takenBy(),
                proof.contentType(), proof.sizeBytes(), url,
                proof.thumbnailPath() == null ? null : url + "/thumbnail");
    }
}

package com.orderflow.trading;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A vendor payment stage as Finance sees it: its share of the purchase order, the evidence that it
 * is due (or what it still waits for), and its release.
 *
 * @param waitingFor what the stage still needs before it can be released; null once it has its evidence
 */
public record StageView(long id, String purchaseOrder, String orderNumber, String vendor, VendorStageKind stage,
        BigDecimal percent, BigDecimal amount, BigDecimal purchaseOrderValue, String evidence, Instant evidenceAt,
        Instant releasedAt, String releasedBy, String releaseReference, String waitingFor) {

    public boolean released() {
        return releasedAt != null;
    }
}

package com.orderflow.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A return as staff and the API see it: what came back, why, the suggestion, the decision, what
 * followed. {@code photoUrl} is Customer Care's photo or, for goods the delivery boy brought back,
 * his photo from the door; null (and {@code hasPhoto} false) when there is none.
 */
public record ReturnView(String number, String orderNumber, ReturnSource source, ReturnReason reason, String notes,
        boolean hasPhoto, String photoUrl, ReturnState state, GoodsState goodsState, BigDecimal returnedValue,
        ReturnDecision suggestion, String suggestionReason, ReturnDecision decision, String decisionReason,
        boolean overridden, String decidedBy, Instant decidedAt, String refundMethod, String refundReference,
        String creditNote, BigDecimal creditedAmount, BigDecimal refundedAmount, String replacementOrder,
        String openedBy, Instant openedAt, Instant closedAt, List<Line> lines, List<Pack> packs) {

    public record Line(String sku, String product, String size, int quantity) {
    }

    public record Pack(long id, String sku, String batchNumber, LocalDate expiryDate, int quantity,
            PackOutcome outcome, String inspectedBy, Instant inspectedAt, boolean mayRestock) {
    }

    /** Whether the money side is still waiting for the biller or the manager. */
    public boolean awaitingDecision() {
        return state == ReturnState.OPEN || state == ReturnState.MANAGER_REVIEW;
    }
}

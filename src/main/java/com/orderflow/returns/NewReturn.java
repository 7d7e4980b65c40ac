package com.orderflow.returns;

import java.util.List;

/**
 * A customer's complaint after delivery, as Customer Care opens it (K9): which pieces of which
 * lines, why, and what the customer said. Checked by {@link ReturnService#open}.
 *
 * @param reason WRONG_ITEM, DAMAGED, SPOILED, REFUSED, MISSING_PIECES or OTHER
 */
public record NewReturn(String orderNumber, List<Line> lines, String reason, String notes) {

    public record Line(String sku, Integer quantity) {
    }
}

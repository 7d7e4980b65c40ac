package com.orderflow.billing;

import java.math.BigDecimal;
import java.util.List;

import com.orderflow.orders.NewOrder;

/**
 * A revised bill: the order's lines as they should now be (all of them; a line left out is
 * removed), the bill discount, and why. The order's lines and packed stock follow (K2).
 */
public record Revision(List<NewOrder.Line> lines, BigDecimal billDiscount, String reason) {
}

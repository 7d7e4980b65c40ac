package com.orderflow.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A purchase order as its vendor and Finance see it: goods at the vendor's cost, the answer, and the
 * payment stages with what has been paid on it (releases less credits).
 *
 * @param state SENT, ACCEPTED, DECLINED or WITHDRAWN
 */
public record VendorOrderView(String number, String vendorCode, String vendorName, String vendorLanguage,
        String orderNumber, String deliverTo, List<Line> lines, BigDecimal value, String state, Instant sentAt,
        Instant answeredAt, String answeredBy, String answerNote, List<StageView> stages, BigDecimal paid) {

    public record Line(String sku, String name, int quantity, BigDecimal cost) {
    }

    public boolean open() {
        return "SENT".equals(state);
    }
}

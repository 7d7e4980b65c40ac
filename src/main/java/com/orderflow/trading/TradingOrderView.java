package com.orderflow.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A trading order as staff see it: the customer, the lines, the step table (E1) with the progress,
 * the shipment and its prediction, the serials, the installation visits, the warranties and the
 * vendor's purchase orders with their payment stages.
 *
 * @param progress the progress % of the furthest step done
 */
public record TradingOrderView(long id, String number, String customerName, String customerPhone, String customerEmail,
        String address, String city, String pincode, String language, PaymentMode paymentMode, BigDecimal total,
        TradingState state, Sourcing sourcing, BigDecimal paidAmount, String paymentReference, Instant createdAt,
        Integer rating, String ratingComment, String closingReason, String refundReference, List<Line> lines,
        List<StepRow> steps, int progress, ShipmentView shipment, Prediction prediction, List<String> serials,
        List<VisitView> visits, List<WarrantyView> warranties, List<VendorOrderView> purchaseOrders, String trackingLink) {

    public record Line(int lineNo, String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
    }

    /**
     * One of the 18 steps for this order.
     *
     * @param status DONE, SKIPPED or PENDING
     */
    public record StepRow(TradingStep step, String status, Instant at, String actor, String note) {
        public boolean done() {
            return "DONE".equals(status);
        }
    }

    /** The expected arrival from the lane's past transit times: half arrive by the median, nine in ten by p90. */
    public record Prediction(Instant medianBy, Instant p90By, int samples) {
    }

    /** The furthest step done, or null before the first. */
    public StepRow current() {
        StepRow last = null;
        for (StepRow row : steps) {
            if (row.done()) {
                last = row;
            }
        }
        return last;
    }

    public String itemsSummary() {
        return String.join("; ", lines.stream().map(l -> l.name() + " × " + l.quantity()).toList());
    }
}

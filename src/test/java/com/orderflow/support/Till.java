package com.orderflow.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.StaffClient.Answer;

/**
 * What a till, a packer's phone and a biller do to a running app over HTTP (the app's API and the
 * engine's REST API), for the tests that drive child apps: one Kaju Katli box per order.
 */
public final class Till {
    public static final String SKU = "KK-500";
    public static final int SKU_GRAMS = 500;

    private Till() {
    }

    /** Enough counter stock that packing never runs short. */
    public static Answer stockUp(StaffClient owner, String batch, int quantity) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        return owner.post("/api/stock/receipts", Map.of("code", SKU, "batchNumber", batch, "productionDate",
                today.minusDays(1).toString(), "expiryDate", today.plusDays(60).toString(), "quantity", quantity,
                "pool", "COUNTER"));
    }

    /** An order for delivery in Dahisar; with a delivery date an advance booking (its channel); by SMS if asked. */
    public static Answer place(StaffClient biller, String customerName, LocalDate deliveryDate, boolean sms) {
        // a phone of each customer's own, as at a real till: one phone ordering the same thing again
        // within minutes is held as a possible duplicate (issue 16), which these tills are not testing
        String phone = "9" + String.format("%09d", Math.floorMod(customerName.hashCode(), 1_000_000_000));
        Map<String, Object> customer = new HashMap<>(Map.of("name", customerName, "phone", phone,
                "address", "1 Test Lane", "locality", "Dahisar East", "pincode", "400068"));
        if (sms) {
            customer.put("contactChannel", "SMS");
        }
        Map<String, Object> order = new HashMap<>(Map.of("channel", deliveryDate == null ? "PHONE" : "ADVANCE_BOOKING",
                "customer", customer,
                "lines", List.of(Map.of("sku", SKU, "product", "Kaju Katli", "size", "500 g", "quantity", 1,
                        "unitPrice", "620"))));
        if (deliveryDate != null) {
            order.put("deliveryDate", deliveryDate.toString());
        }
        return biller.post("/api/orders", order);
    }

    /** A counter sale of {@code quantity} boxes, paid in cash. */
    public static Answer sellAtCounter(StaffClient biller, int quantity) {
        return biller.post("/api/counter-sales", Map.of("lines", List.of(Map.of("code", SKU, "quantity", quantity)),
                "paymentMode", "cash"));
    }

    /** The packer claims Pack order and completes it with the scale's weight; the answer of the completion (null: no task). */
    public static Answer pack(StaffClient packer, String number) {
        String task = packer.taskOf(number, OrderFulfilmentProcess.TASK_PACK);
        if (task == null) {
            return null;
        }
        Answer claimed = packer.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "packer"));
        if (!claimed.is2xx()) {
            return claimed;
        }
        return packer.post("/engine-rest/task/" + task + "/complete", StaffClient.variables(Map.of(
                "allItemsPacked", true, OrderFulfilmentProcess.VAR_PACKED_WEIGHT_GRAMS, SKU_GRAMS)));
    }

    /** The biller completes Bill order, paid in cash; the answer of the completion (null: no task). */
    public static Answer bill(StaffClient biller, String number) {
        String task = biller.taskOf(number, OrderFulfilmentProcess.TASK_BILL);
        return task == null ? null : biller.post("/engine-rest/task/" + task + "/complete",
                StaffClient.variables(Map.of("paymentMode", "cash")));
    }
}

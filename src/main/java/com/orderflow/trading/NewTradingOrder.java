package com.orderflow.trading;

import java.util.List;

/**
 * A trading order as Sales takes it: who, where, how it is paid, and which goods (by SKU; names and
 * prices come from the product master, never from the request).
 *
 * @param paymentMode PREPAID (UPI or card through the gateway) or COD (cash at the door)
 */
public record NewTradingOrder(Customer customer, PaymentMode paymentMode, List<Line> lines) {

    /**
     * @param language en, mr or hi: messages and the tracking page speak it
     * @param channel  WHATSAPP or SMS for messages
     */
    public record Customer(String name, String phone, String email, String address, String city, String pincode,
            String language, String channel) {
    }

    public record Line(String sku, Integer quantity) {
    }
}

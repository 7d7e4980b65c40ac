package com.orderflow.loyalty;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderflow.platform.bootstrap.DemoData;

/**
 * The demo customer Sita Rao (+91 98201 23456, the demo orders' first customer) starts with points
 * earned on ₹25,000 of earlier bills (a silver customer), so that /my and "Bill order" show a balance
 * to redeem. Once: the ledger entry's reference is its own.
 */
@Component
@Order(12)
class DemoPoints implements DemoData {
    static final String DEMO_PHONE = "+919820123456";
    static final String DEMO_REFERENCE = "DEMO-POINTS";

    private final boolean enabled;
    private final Loyalty loyalty;

    DemoPoints(@Value("${orderflow.demo:false}") boolean demo, @Value("${orderflow.demo-orders:true}") boolean demoOrders,
            Loyalty loyalty) {
        this.enabled = demo && demoOrders;
        this.loyalty = loyalty;
    }

    @Override
    public void run() {
        if (enabled) {
            loyalty.earn(DEMO_REFERENCE, DEMO_REFERENCE, DEMO_PHONE, new BigDecimal("25000.00"), "demo");
        }
    }
}

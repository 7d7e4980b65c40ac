package com.orderflow.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderflow.platform.bootstrap.DemoData;

/**
 * Phone numbers for the demo delivery boys, so that "out for delivery" names a number in a first
 * trial. Only with demo data; a real shop's admin records the numbers.
 */
@Component
@Order(5)
class DemoStaffPhones implements DemoData {
    private final boolean enabled;
    private final StaffDirectory staff;

    DemoStaffPhones(@Value("${orderflow.demo:false}") boolean demo,
            @Value("${orderflow.demo-orders:true}") boolean demoOrders, StaffDirectory staff) {
        this.enabled = demo && demoOrders;
        this.staff = staff;
    }

    @Override
    public void run() {
        if (enabled) {
            staff.seed("ravi", "+919820000001");
            staff.seed("imran", "+919820000002");
        }
    }
}

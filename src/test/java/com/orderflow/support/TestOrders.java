package com.orderflow.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.platform.security.CurrentUser;

/** Orders and signed-in staff for tests, named after the demo users. */
public final class TestOrders {
    public static final CurrentUser OWNER = new CurrentUser("owner", Set.of("admin"));
    public static final CurrentUser BILLER = new CurrentUser("biller", Set.of("biller"));
    public static final CurrentUser PACKER = new CurrentUser("packer", Set.of("packer"));
    public static final CurrentUser RAVI = new CurrentUser("ravi", Set.of("delivery"));
    public static final CurrentUser IMRAN = new CurrentUser("imran", Set.of("delivery"));
    public static final CurrentUser CARE = new CurrentUser("care", Set.of("customer-care"));

    private TestOrders() {
    }

    /** Kaju Katli 1 kg × 2 less ₹100 (a biller's discount) and Ukadiche Modak 500 g × 1: ₹2,750.00. */
    public static NewOrder homeDelivery() {
        return new NewOrder(Channel.PHONE,
                new NewOrder.Customer("Sita Rao", "98201 23456", "12 Shanti Nagar", "Dahisar East", "400068"),
                null,
                List.of(new NewOrder.Line("KK-1KG", "Kaju Katli", "1 kg", 2, new BigDecimal("1200.00"),
                                new BigDecimal("100"), "regular customer"),
                        new NewOrder.Line("MOD-500", "Ukadiche Modak", "500 g", 1, new BigDecimal("450"), null)));
    }

    public static NewOrder advanceBooking(LocalDate deliveryDate) {
        return new NewOrder(Channel.ADVANCE_BOOKING,
                new NewOrder.Customer("Rahul Gokhale", "+91 99200 11223", "5 Gokhale Road", "Borivali West", "400092"),
                deliveryDate,
                List.of(new NewOrder.Line("KAR-250", "Karanji", "250 g", 8, new BigDecimal("180"), BigDecimal.ZERO)));
    }
}

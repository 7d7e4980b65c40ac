package com.orderflow.trading;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 18 steps of the trading execution flow (E1, seed 004 section 1): id, department, process,
 * progress. Activity and action are words in the trading-messages bundles
 * ({@code trading.step.<id>.activity}, {@code .action}). The diagram writes an order's row of a step
 * when it reaches it (or passes it by: an order from our own stock asks no vendor).
 */
public enum TradingStep {
    ORDER_CONFIRMED(1001, Department.SALES, "ORDER", 5),
    PAYMENT_VERIFIED(1002, Department.FINANCE, "PAYMENT", 10),
    STOCK_ALLOCATED(1003, Department.ORDER_MANAGEMENT, "ORDER MGMT", 15),
    VENDOR_CONFIRMED(1004, Department.PROCUREMENT, "SOURCING", 20),
    PICKING(1005, Department.WAREHOUSE, "PICKING", 25),
    QUALITY_CHECK(1006, Department.WAREHOUSE, "QC", 30),
    PACKED(1007, Department.WAREHOUSE, "PACKING", 35),
    DISPATCHED(1008, Department.DISPATCH, "LOGISTICS", 40),
    PICKED_UP(1009, Department.TRANSPORT, "LOGISTICS", 45),
    IN_TRANSIT(1010, Department.TRANSPORT, "LOGISTICS", 50),
    AT_HUB(1011, Department.TRANSPORT, "LOGISTICS", 55),
    OUT_FOR_DELIVERY(1012, Department.TRANSPORT, "LOGISTICS", 60),
    DELIVERED(1013, Department.DELIVERY, "DELIVERY", 70),
    INSTALLATION_SCHEDULED(1014, Department.SERVICE, "INSTALLATION", 75),
    INSTALLATION_COMPLETED(1015, Department.SERVICE, "INSTALLATION", 85),
    FEEDBACK(1016, Department.CRM, "CUSTOMER CARE", 90),
    VENDOR_PAID(1017, Department.FINANCE, "SETTLEMENT", 95),
    WARRANTY_ACTIVATED(1018, Department.CRM, "WARRANTY", 100);

    private final int id;
    private final Department department;
    private final String process;
    private final int progress;

    TradingStep(int id, Department department, String process, int progress) {
        this.id = id;
        this.department = department;
        this.process = process;
        this.progress = progress;
    }

    public int id() {
        return id;
    }

    public Department department() {
        return department;
    }

    /** The seed's process column ("LOGISTICS"), as written there. */
    public String process() {
        return process;
    }

    /** Progress % once the step is reached. */
    public int progress() {
        return progress;
    }

    public static Optional<TradingStep> of(int id) {
        return Arrays.stream(values()).filter(s -> s.id == id).findFirst();
    }

    public static List<TradingStep> all() {
        return List.of(values());
    }
}

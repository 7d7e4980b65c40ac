package com.orderflow.jewelry;

import java.time.LocalDate;

/** One row of the order box and the karigar desk. */
public record JewelrySummary(String number, JewelryKind kind, JewelryState state, String branch, String counter,
        String customerName, String category, Metal metal, String purity, String karigarId, LocalDate dueDate,
        boolean overdue) {

    static JewelrySummary of(JewelryOrder o, LocalDate today) {
        return new JewelrySummary(o.number(), o.kind(), o.state(), o.branchCode(), o.counterName(), o.customerName(),
                o.category(), o.metal(), o.purity(), o.karigarId(), o.dueDate(),
                o.state().ordinal() < JewelryState.READY.ordinal() && o.dueDate().isBefore(today));
    }
}

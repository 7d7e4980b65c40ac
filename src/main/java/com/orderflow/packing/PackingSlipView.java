package com.orderflow.packing;

import java.math.BigDecimal;
import java.time.Instant;

/** A packing slip as the board and the API show it: printed when, or why not. */
public record PackingSlipView(String orderNumber, int slipNo, String kind, String packer, BigDecimal netWeightGrams,
        String fileName, Instant createdAt, Instant printedAt, String printProblem) {

    static PackingSlipView of(PackingSlip slip) {
        return new PackingSlipView(slip.orderNumber(), slip.slipNo(), slip.kind().name(), slip.packer(),
                slip.netWeightGrams(), slip.fileName(), slip.createdAt(), slip.printedAt(), slip.printProblem());
    }

    /** Neither printed nor failed: the print runs after its transaction commits, or never did. */
    public boolean pending() {
        return printedAt == null && printProblem == null;
    }
}

package com.orderflow.trading;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;

/**
 * The order's step table (E1), written by the diagram at its milestones: a step reached (done) or
 * passed by (skipped, with why). Once per step: a loop that passes a step again keeps its first row.
 * Every milestone may bring evidence for a vendor payment stage, so the stages are looked at too.
 */
@Service
public class TradingMilestones {
    private final StepRecords steps;
    private final TradingOrders orders;
    private final VendorStages vendorStages;
    private final AuditLog audit;
    private final ShopClock clock;

    TradingMilestones(StepRecords steps, TradingOrders orders, VendorStages vendorStages, AuditLog audit,
            ShopClock clock) {
        this.steps = steps;
        this.orders = orders;
        this.vendorStages = vendorStages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void done(long orderId, int stepId, String note, String actor) {
        write(orderId, step(stepId), StepRecord.DONE, note, actor);
        vendorStages.refresh(orderId);
    }

    @Transactional
    public void skipped(long orderId, int stepId, String why, String actor) {
        write(orderId, step(stepId), StepRecord.SKIPPED, why, actor);
    }

    private void write(long orderId, TradingStep step, String status, String note, String actor) {
        if (steps.existsByOrderIdAndStep(orderId, step.id())) {
            return;
        }
        steps.saveAndFlush(new StepRecord(orderId, step, status, note, actor, clock.now()));
        // each code written out (not the prefix plus the status) so ActionNamesTest finds it a name
        String action = StepRecord.DONE.equals(status) ? "TRADING_STEP_DONE" : "TRADING_STEP_SKIPPED";
        audit.record(actor, action, orders.findById(orderId).map(TradingOrder::number).orElse(null),
                step.id() + " " + step.name() + " (" + step.progress() + "%)" + (note == null ? "" : ": " + note));
    }

    private static TradingStep step(int id) {
        return TradingStep.of(id).orElseThrow(() -> new IllegalArgumentException("No trading step " + id));
    }
}

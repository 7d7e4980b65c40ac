package com.orderflow.trading.process;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.tasklist.TaskSubject;
import com.orderflow.platform.tasklist.TaskSubjects;
import com.orderflow.platform.tasklist.TaskTexts;
import com.orderflow.trading.TradingOrderView;
import com.orderflow.trading.TradingQueries;
import com.orderflow.trading.VendorStages;
import com.orderflow.trading.VisitView;

/**
 * Names the trading business's tasks from the domain: "Pick items TO-2026-000012 · Meena Joshi" with
 * the items and the step as description; a visit is due when its slot ends; a late shipment comes
 * first. A vendor payment: "Release vendor payment PO-2026-000004 · DISPATCH · ₹7,000.00 · VOLTAS",
 * described by its evidence.
 */
@Component
class TradingTaskSubjects implements TaskSubjects {
    static final int DELAYED_PRIORITY = 80;

    private final TradingQueries queries;
    private final VendorStages stages;
    private final ShopClock clock;

    TradingTaskSubjects(TradingQueries queries, VendorStages stages, ShopClock clock) {
        this.queries = queries;
        this.stages = stages;
        this.clock = clock;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(TradingOrderProcess.KEY, VendorPaymentProcess.KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(DelegateTask task) {
        String key = task.getExecution().getProcessBusinessKey();
        if (key == null) {
            return Optional.empty();
        }
        if (key.contains("/")) {
            return Optional.of(stages.stage(stages.stageIdOf(key))).map(s -> TaskSubject.of(TaskTexts.joined(
                    s.purchaseOrder(), s.stage().name(), Rupees.format(s.amount()), s.vendor()))
                    .describedAs("Order " + s.orderNumber() + ". Evidence: " + s.evidence()));
        }
        return queries.find(key).map(order -> subject(order, task));
    }

    private TaskSubject subject(TradingOrderView order, DelegateTask task) {
        TradingOrderView.StepRow current = order.current();
        TaskSubject subject = TaskSubject.of(TaskTexts.joined(order.number(), order.customerName()))
                .describedAs(TaskTexts.joined(order.itemsSummary(), order.city(), current == null ? null
                        : "at " + current.step().id() + " (" + current.step().progress() + "%)"));
        String definition = task.getTaskDefinitionKey();
        if (TradingOrderProcess.TASK_SHIPMENT_DELAYED.equals(definition)) {
            return subject.withPriority(DELAYED_PRIORITY);
        }
        if (TradingOrderProcess.TASK_INSTALL.equals(definition) && !order.visits().isEmpty()) {
            VisitView visit = order.visits().get(order.visits().size() - 1);
            return visit.slotEnd() == null ? subject : subject.dueBy(visit.slotEnd())
                    .describedAs(TaskTexts.joined(order.itemsSummary(), order.address() + ", " + order.city(),
                            visit.slotStart() == null ? null : "slot " + TaskTexts.when(visit.slotStart(), clock.zone())));
        }
        return subject;
    }
}

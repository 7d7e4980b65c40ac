package com.orderflow.inventory.process;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.orderflow.inventory.StockAlertService;
import com.orderflow.platform.tasklist.TaskSubject;
import com.orderflow.platform.tasklist.TaskSubjects;
import com.orderflow.platform.tasklist.TaskTexts;

/**
 * Names an admin's stock-alert task by its product and kind: "Handle stock alert Walnut Barfi 1 kg ·
 * low stock", the alert's message as description. The alert is {@code alertId} as the review's
 * multi-instance has just set it from the alerts the rules raised, in the transaction that creates
 * the task.
 */
@Component
class StockAlertTaskSubjects implements TaskSubjects {
    private final StockAlertService alerts;

    StockAlertTaskSubjects(StockAlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(StockReviewProcess.KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(DelegateTask task) {
        if (!(task.getExecution().getVariable(StockReviewProcess.VAR_ALERT_ID) instanceof Number id)) {
            return Optional.empty();
        }
        return alerts.find(id.longValue()).map(alert -> TaskSubject.of(TaskTexts.joined(
                        alerts.productName(alert.sku()).orElse(alert.sku()),
                        alert.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT)))
                .describedAs(alert.message()));
    }
}

package com.orderflow.inventory.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.inventory.StockAlertService;
import com.orderflow.platform.EngineActor;

/** Closes the alert its task was about, with what the admin decided. */
@Component("closeStockAlertDelegate")
class CloseStockAlertDelegate implements JavaDelegate {
    private final StockAlertService alerts;
    private final EngineActor actor;

    CloseStockAlertDelegate(StockAlertService alerts, EngineActor actor) {
        this.alerts = alerts;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        alerts.close(((Number) execution.getVariable(StockReviewProcess.VAR_ALERT_ID)).longValue(), actor.current(),
                (String) execution.getVariable(StockReviewProcess.VAR_RESOLUTION),
                (String) execution.getVariable(StockReviewProcess.VAR_RESOLUTION_NOTE));
    }
}

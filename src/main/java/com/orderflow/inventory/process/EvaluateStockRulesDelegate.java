package com.orderflow.inventory.process;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.inventory.StockAlertService;

/** Runs the stock rules and hands the process the ids of the alerts it opened. */
@Component("evaluateStockRulesDelegate")
class EvaluateStockRulesDelegate implements JavaDelegate {
    private final StockAlertService alerts;

    EvaluateStockRulesDelegate(StockAlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Long> opened = alerts.review();
        execution.setVariable(StockReviewProcess.VAR_NEW_ALERT_IDS,
                opened.stream().map(String::valueOf).collect(Collectors.joining(",")));
        execution.setVariable(StockReviewProcess.VAR_NEW_ALERT_COUNT, opened.size());
    }
}

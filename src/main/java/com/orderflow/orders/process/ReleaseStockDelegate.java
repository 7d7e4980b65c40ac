package com.orderflow.orders.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.inventory.OrderStockService;

/** A cancelled order's stock goes back on the counter: what was set aside for it, and what was packed. */
@Component("releaseStockDelegate")
class ReleaseStockDelegate implements JavaDelegate {
    private final OrderStockService stock;

    ReleaseStockDelegate(OrderStockService stock) {
        this.stock = stock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cancelledBy = (String) execution.getVariable(OrderFulfilmentProcess.VAR_CANCELLED_BY);
        String actor = cancelledBy == null ? "system" : cancelledBy;
        stock.release(execution.getProcessBusinessKey(), actor);
        stock.returnPacked(execution.getProcessBusinessKey(), actor);
    }
}

package com.orderflow.orders.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.inventory.OrderStockService;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.EngineActor;

/** Sets an advance booking's stock aside at booking time; what is missing becomes a backorder (S4). */
@Component("reserveStockDelegate")
class ReserveStockDelegate implements JavaDelegate {
    private final OrderLifecycle lifecycle;
    private final OrderStockService stock;
    private final EngineActor actor;

    ReserveStockDelegate(OrderLifecycle lifecycle, OrderStockService stock, EngineActor actor) {
        this.lifecycle = lifecycle;
        this.stock = stock;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderView order = lifecycle.view(lifecycle.idOf(execution.getProcessBusinessKey()));
        var result = stock.reserve(order.number(), StockLines.of(order), actor.current());
        execution.setVariable(OrderFulfilmentProcess.VAR_STOCK_RESERVED, result.fullyReserved());
    }
}

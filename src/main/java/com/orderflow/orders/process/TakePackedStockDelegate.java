package com.orderflow.orders.process;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.inventory.OrderStockService;
import com.orderflow.inventory.StockShortageException;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.EngineActor;

/**
 * Takes what was packed out of stock: the order's reservation first, then Counter stock. A
 * shortage is a business outcome the diagram handles (someone fixes the stock), not an incident.
 */
@Component("takePackedStockDelegate")
class TakePackedStockDelegate implements JavaDelegate {
    private final OrderLifecycle lifecycle;
    private final OrderStockService stock;
    private final EngineActor actor;

    TakePackedStockDelegate(OrderLifecycle lifecycle, OrderStockService stock, EngineActor actor) {
        this.lifecycle = lifecycle;
        this.stock = stock;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderView order = lifecycle.view(lifecycle.idOf(execution.getProcessBusinessKey()));
        try {
            stock.consume(order.number(), StockLines.of(order), actor.current());
        } catch (StockShortageException shortage) {
            String problem = shortage.problems().stream().map(p -> p.message()).collect(Collectors.joining("\n"));
            throw new BpmnError(OrderFulfilmentProcess.ERROR_STOCK_SHORT, problem);
        }
    }
}

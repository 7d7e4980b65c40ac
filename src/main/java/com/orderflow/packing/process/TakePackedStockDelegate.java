package com.orderflow.packing.process;

import static com.orderflow.orders.process.OrderFulfilmentProcess.*;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.inventory.ConsumedBatch;
import com.orderflow.inventory.OrderStockService;
import com.orderflow.inventory.StockShortageException;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.process.StockLines;
import com.orderflow.packing.PackingService;
import com.orderflow.platform.EngineActor;

/**
 * Takes what was packed out of stock: the order's reservation first, then Counter stock; then
 * records the packing with the batches actually taken. A shortage is a business outcome the
 * diagram handles (someone fixes the stock), not an incident.
 */
@Component("takePackedStockDelegate")
class TakePackedStockDelegate implements JavaDelegate {
    private final OrderLifecycle orders;
    private final OrderStockService stock;
    private final PackingService packing;
    private final EngineActor actor;

    TakePackedStockDelegate(OrderLifecycle orders, OrderStockService stock, PackingService packing,
            EngineActor actor) {
        this.orders = orders;
        this.stock = stock;
        this.packing = packing;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderView order = orders.view(orders.idOf(execution.getProcessBusinessKey()));
        List<ConsumedBatch> packed;
        try {
            packed = stock.consume(order.number(), StockLines.of(order), actor.current());
        } catch (StockShortageException shortage) {
            String problem = shortage.problems().stream().map(p -> p.message()).collect(Collectors.joining("\n"));
            throw new BpmnError(ERROR_STOCK_SHORT, problem);
        }
        // the weighing was recorded when "Pack order" completed, maybe long before (a stock shortage)
        packing.recordPacked(order.number(), actor.current(), packed);
    }
}

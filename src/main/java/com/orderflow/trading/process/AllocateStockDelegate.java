package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.trading.Warehouse;

/** Reserves the goods in our warehouse, or leaves them to the vendor (1003). */
@Component("allocateStockDelegate")
class AllocateStockDelegate implements JavaDelegate {
    private final Warehouse warehouse;
    private final OrderIds ids;

    AllocateStockDelegate(Warehouse warehouse, OrderIds ids) {
        this.warehouse = warehouse;
        this.ids = ids;
    }

    @Override
    public void execute(DelegateExecution execution) {
        warehouse.allocate(ids.of(execution));
    }
}

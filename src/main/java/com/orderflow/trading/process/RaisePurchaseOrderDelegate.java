package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.trading.VendorSourcing;

/** The purchase order to the products' vendor, with its payment stages and the vendor's link. */
@Component("raisePurchaseOrderDelegate")
class RaisePurchaseOrderDelegate implements JavaDelegate {
    private final VendorSourcing sourcing;
    private final OrderIds ids;

    RaisePurchaseOrderDelegate(VendorSourcing sourcing, OrderIds ids) {
        this.sourcing = sourcing;
        this.ids = ids;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sourcing.raise(ids.of(execution), null);
    }
}

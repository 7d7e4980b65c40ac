package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.trading.WarrantyRegistry;

/** Registers every unit's warranty and sends the cards (1018). */
@Component("registerWarrantyDelegate")
class RegisterWarrantyDelegate implements JavaDelegate {
    private final WarrantyRegistry warranties;
    private final OrderIds ids;

    RegisterWarrantyDelegate(WarrantyRegistry warranties, OrderIds ids) {
        this.warranties = warranties;
        this.ids = ids;
    }

    @Override
    public void execute(DelegateExecution execution) {
        warranties.register(ids.of(execution));
    }
}

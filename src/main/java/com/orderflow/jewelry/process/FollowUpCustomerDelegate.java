package com.orderflow.jewelry.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;

/** Every few days while a ready piece is not collected, the customer hears again (J8). */
@Component
class FollowUpCustomerDelegate implements JavaDelegate {
    private final JewelryWork work;

    FollowUpCustomerDelegate(JewelryWork work) {
        this.work = work;
    }

    @Override
    public void execute(DelegateExecution execution) {
        work.followUp(ProcessValues.orderId(execution));
    }
}

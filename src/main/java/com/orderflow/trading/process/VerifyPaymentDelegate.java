package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.trading.CustomerPayments;

/** Paid in advance or cash on delivery accepted: the order goes on to its goods (1002). */
@Component("verifyPaymentDelegate")
class VerifyPaymentDelegate implements JavaDelegate {
    private final CustomerPayments payments;
    private final OrderIds ids;

    VerifyPaymentDelegate(CustomerPayments payments, OrderIds ids) {
        this.payments = payments;
        this.ids = ids;
    }

    @Override
    public void execute(DelegateExecution execution) {
        payments.verified(ids.of(execution));
    }
}

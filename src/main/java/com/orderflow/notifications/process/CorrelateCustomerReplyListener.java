package com.orderflow.notifications.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.orderflow.notifications.CustomerReplied;
import com.orderflow.orders.process.OrderFulfilmentProcess;

/**
 * Hands a customer's answer to the day-before reminder to the order's process: a confirmation is
 * recorded on the order, a wish to reschedule becomes a call for Customer Care. In the inbound
 * webhook's transaction, so the reply and its effect commit together. An order whose process has
 * ended takes nothing; the reply itself stays recorded.
 */
@Component
class CorrelateCustomerReplyListener {
    private final RuntimeService runtime;

    CorrelateCustomerReplyListener(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void onReply(CustomerReplied replied) {
        if (replied.orderNumber() == null) {
            return;
        }
        String message = switch (replied.reply()) {
            case CONFIRM -> OrderFulfilmentProcess.MESSAGE_CUSTOMER_CONFIRMED;
            case RESCHEDULE -> OrderFulfilmentProcess.MESSAGE_CUSTOMER_RESCHEDULE;
            default -> null;
        };
        if (message != null) {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(replied.orderNumber()).correlateAll();
        }
    }
}

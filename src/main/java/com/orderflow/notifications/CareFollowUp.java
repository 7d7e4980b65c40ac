package com.orderflow.notifications;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import com.orderflow.notifications.process.NotificationFailureProcess;

/**
 * Gives Customer Care a task for a notification that will not reach the customer, so that nothing
 * fails unseen. Runs in the caller's transaction: the failed status and the task commit together.
 */
@Component
class CareFollowUp {
    private final RuntimeService runtime;

    CareFollowUp(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void open(Notification failed) {
        // a sign-in code would be readable in the task; its customer simply asks for a new one
        if (failed.isCareTaskOpened() || failed.event().isSecret()) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(NotificationFailureProcess.VAR_NOTIFICATION_ID, failed.id());
        variables.put(NotificationFailureProcess.VAR_ORDER_NUMBER, failed.orderNumber());
        variables.put(NotificationFailureProcess.VAR_CUSTOMER_PHONE, failed.recipient());
        variables.put(NotificationFailureProcess.VAR_PROBLEM, failed.lastError());
        variables.put(NotificationFailureProcess.VAR_MESSAGE_TEXT, failed.body());
        runtime.startProcessInstanceByKey(NotificationFailureProcess.KEY, failed.orderNumber(), variables);
        failed.careTaskOpened();
    }
}

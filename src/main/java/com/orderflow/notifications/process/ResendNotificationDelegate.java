package com.orderflow.notifications.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.notifications.Outbox;
import com.orderflow.platform.EngineActor;

/** Customer Care asked to send a failed notification again (after correcting the number on the order, say). */
@Component("resendNotificationDelegate")
class ResendNotificationDelegate implements JavaDelegate {
    private final Outbox outbox;
    private final EngineActor actor;

    ResendNotificationDelegate(Outbox outbox, EngineActor actor) {
        this.outbox = outbox;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long id = (Long) execution.getVariable(NotificationFailureProcess.VAR_NOTIFICATION_ID);
        outbox.resendAs(id, actor.current());
    }
}

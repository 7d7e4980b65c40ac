package com.orderflow.helpdesk.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The ticket tasks' listeners, {@code ${helpdeskTaskListener}}: a delegate, not an expression, so that
 * a refused answer reaches Tasklist and the API as the help desk's own error (field and rule), not
 * wrapped in the engine's "error while evaluating expression".
 */
@Component("helpdeskTaskListener")
class HelpdeskTaskListener implements TaskListener {
    private final HelpdeskAdapters adapters;

    HelpdeskTaskListener(HelpdeskAdapters adapters) {
        this.adapters = adapters;
    }

    @Override
    public void notify(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        String event = task.getEventName();
        if (HelpdeskTicketProcess.TASK_ANSWER.equals(key) && EVENTNAME_COMPLETE.equals(event)) {
            adapters.answered(task);
        } else if (HelpdeskTicketProcess.TASK_ESCALATED.equals(key) && EVENTNAME_CREATE.equals(event)) {
            adapters.escalate(task);
        } else if (HelpdeskTicketProcess.TASK_ESCALATED.equals(key) && EVENTNAME_COMPLETE.equals(event)) {
            adapters.escalationHandled(task);
        }
    }
}

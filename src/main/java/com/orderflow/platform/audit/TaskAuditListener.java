package com.orderflow.platform.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.orderflow.platform.EngineActor;

/**
 * Every user task's claim, hand-back and completion goes into the audit trail of its order (the
 * process business key), whoever did it and wherever (Tasklist, REST API, our pages). Camunda
 * publishes task events synchronously, so the entry commits with the task.
 */
@Component
class TaskAuditListener {
    private final AuditLog audit;
    private final EngineActor actor;

    TaskAuditListener(AuditLog audit, EngineActor actor) {
        this.audit = audit;
        this.actor = actor;
    }

    @EventListener
    void onTaskEvent(DelegateTask task) {
        String action = switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> "TASK_CREATED";
            case TaskListener.EVENTNAME_ASSIGNMENT -> task.getAssignee() == null ? "TASK_UNCLAIMED" : "TASK_CLAIMED";
            case TaskListener.EVENTNAME_COMPLETE -> "TASK_COMPLETED";
            case TaskListener.EVENTNAME_DELETE -> "TASK_CANCELLED";
            default -> null;
        };
        if (action == null) {
            return;
        }
        String who = actor.current();
        if (EngineActor.SYSTEM.equals(who) && task.getAssignee() != null
                && !TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            who = task.getAssignee();
        }
        String orderRef = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        String details = task.getName() + (task.getAssignee() == null ? "" : " (assignee " + task.getAssignee() + ")");
        audit.record(who, action, orderRef, details);
    }
}

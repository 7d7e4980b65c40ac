package com.orderflow.partners;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.orderflow.platform.Roles;

/**
 * Tells people when a webhook endpoint keeps failing: a task in Tasklist for admins and Customer Care,
 * opened when an event is given up after its last attempt, once per run of failures (the
 * subscription remembers it until a delivery goes through again). It runs in the transaction that
 * records the failure.
 */
@Component
class EndpointFailureTask {
    private final TaskService tasks;

    EndpointFailureTask(TaskService tasks) {
        this.tasks = tasks;
    }

    void open(WebhookSubscription subscription, WebhookMessage gaveUp) {
        if (!subscription.startFailing()) {
            return;
        }
        Task task = tasks.newTask();
        task.setName("Webhook endpoint keeps failing: " + subscription.url());
        task.setDescription("Event " + gaveUp.messageId() + " (" + gaveUp.eventType() + ") was given up after "
                + gaveUp.attempts() + " attempts; last answer: " + gaveUp.lastErrorOrNone()
                + ". Check the receiver with the partner, then see the delivery log on the partners page "
                + "(/partners/webhooks/" + subscription.id() + "). Later events are still tried.");
        task.setPriority(70);
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), Roles.ADMIN);
        tasks.addCandidateGroup(task.getId(), Roles.CUSTOMER_CARE);
    }
}

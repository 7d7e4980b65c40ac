package com.orderflow.platform.engine;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderflow.platform.EngineActor;
import com.orderflow.platform.web.NotFoundException;

/**
 * Completes a task for a client of the engine's REST API (Tasklist's and anyone's): in the user's
 * name and with his engine authorization, with exactly the fields of the task's own form, checked
 * against the form (see {@link FormValues}). Every input field of the form is set, a field not sent
 * to null, so that the step and what follows it read this completion's values and never an earlier
 * one; nothing else is set. The check, the completion and everything the diagram runs after it are
 * one transaction.
 */
@Component
class TaskSubmissions {
    /** complete: as POST /task/{id}/complete; submit: as /submit-form (a delegated task is resolved). */
    enum Kind {
        COMPLETE, SUBMIT_FORM
    }

    private final TaskService tasks;
    private final FormService forms;
    private final EngineActor actor;
    private final TransactionTemplate transaction;

    TaskSubmissions(TaskService tasks, FormService forms, EngineActor actor, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.forms = forms;
        this.actor = actor;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @return the process variables after completion when asked for, else null
     * @throws com.orderflow.platform.web.InvalidInputException naming every field the form refuses
     */
    VariableMap submit(String taskId, Kind kind, Map<String, JsonNode> variables, boolean variablesInReturn,
            EngineUser user) {
        return transaction.execute(status -> {
            if (actor.as(null, List.of(), () -> tasks.createTaskQuery().taskId(taskId).count()) == 0) {
                throw new NotFoundException("There is no task " + taskId + " (completed already?)");
            }
            return actor.as(user.id(), user.groups(), () -> {
                // the engine refuses a task the user may not see (403) before anything is checked
                Map<String, Object> values = FormValues.check(TaskForms.of(forms, taskId), variables);
                return complete(taskId, kind, values, variablesInReturn);
            });
        });
    }

    private VariableMap complete(String taskId, Kind kind, Map<String, Object> values, boolean variablesInReturn) {
        if (kind == Kind.SUBMIT_FORM) {
            if (variablesInReturn) {
                return forms.submitTaskFormWithVariablesInReturn(taskId, values, false);
            }
            forms.submitTaskForm(taskId, values);
        } else {
            if (variablesInReturn) {
                return tasks.completeWithVariablesInReturn(taskId, values, false);
            }
            tasks.complete(taskId, values);
        }
        return null;
    }
}

package com.orderflow.platform.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;

/**
 * The Camunda Form a task was given, read from the deployment the engine resolves it in (its
 * {@code formRef} and binding), so a redeployed form is the one checked. Parsed forms are kept by
 * their text; a task without a deployed Camunda Form has {@link TaskForm#NONE}.
 */
final class TaskForms {
    private static final int KEPT = 64;
    private static final Map<String, TaskForm> PARSED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TaskForm> eldest) {
            return size() > KEPT;
        }
    };

    private TaskForms() {
    }

    /**
     * The form of an existing task, read with the caller's engine authorization. A task whose form is
     * not a deployed Camunda Form (none, an embedded page, a form missing from its deployment) takes
     * no values.
     */
    static TaskForm of(FormService forms, String taskId) {
        String json;
        try (InputStream deployed = forms.getDeployedTaskForm(taskId)) {
            json = new String(deployed.readAllBytes(), StandardCharsets.UTF_8);
        } catch (BadUserRequestException noDeployedForm) {
            return TaskForm.NONE;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the form of task " + taskId, e);
        }
        synchronized (PARSED) {
            return PARSED.computeIfAbsent(json, TaskForms::parseOrNone);
        }
    }

    private static TaskForm parseOrNone(String json) {
        try {
            return TaskForm.parse(json);
        } catch (IllegalStateException notAForm) {
            return TaskForm.NONE;
        }
    }
}

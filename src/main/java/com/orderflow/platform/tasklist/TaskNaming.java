package com.orderflow.platform.tasklist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;

/**
 * Names every user task of every deployed diagram by what it is about, whoever deployed it (the app
 * at start, or a process owner from Camunda Modeler): a parse listener gives each user task a
 * built-in "create" listener that asks the owning module's {@link TaskSubjects} and sets the name
 * ("Pack order" + " KO-2026-000123 · Meena Joshi"), the description, the due date and the priority.
 * The diagram keeps its plain names, so Modeler and Cockpit read as before. A task whose domain
 * knows nothing keeps its plain name and still gets a due date, so that "most urgent first" sorts
 * every task.
 */
@Component
class TaskNaming extends AbstractProcessEnginePlugin {
    private static final Logger log = LoggerFactory.getLogger(TaskNaming.class);
    /** The engine's task name and description columns. */
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 4000;

    private final ObjectProvider<TaskSubjects> sources;
    private final ShopClock clock;
    private final Duration defaultDueIn;

    TaskNaming(ObjectProvider<TaskSubjects> sources, ShopClock clock,
            @Value("${orderflow.tasklist.default-due-in:PT4H}") Duration defaultDueIn) {
        // the sources are looked up when a task is created, not now: they need the engine this plugin configures
        this.sources = sources;
        this.clock = clock;
        this.defaultDueIn = defaultDueIn;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                // built in: runs before the diagram's own listeners, and also when they are skipped
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskNaming.this::name);
            }
        });
    }

    void name(DelegateTask task) {
        Optional<TaskSubject> subject = subjectOf(task);
        subject.ifPresent(s -> {
            task.setName(cut(task.getName() == null ? s.subject() : task.getName() + " " + s.subject(), MAX_NAME));
            if (s.description() != null && !s.description().isBlank()) {
                task.setDescription(cut(s.description(), MAX_DESCRIPTION));
            }
            if (s.priority() != null) {
                task.setPriority(s.priority());
            }
        });
        Optional<java.time.Instant> due = subject.map(TaskSubject::due);
        if (due.isPresent()) {
            task.setDueDate(Date.from(due.get()));
        } else if (task.getDueDate() == null) {
            // a due date the diagram itself sets (camunda:dueDate) is kept
            task.setDueDate(Date.from(clock.now().plus(defaultDueIn)));
        }
    }

    private Optional<TaskSubject> subjectOf(DelegateTask task) {
        String processKey = processKey(task);
        if (processKey == null) {
            return Optional.empty();
        }
        try {
            return sources.orderedStream().filter(s -> s.processKeys().contains(processKey)).findFirst()
                    .flatMap(s -> s.subjectOf(task));
        } catch (RuntimeException e) {
            // a source must not throw (see TaskSubjects); if one does, the task is still created, unnamed
            log.warn("Could not name task {} of {}: {}", task.getTaskDefinitionKey(), processKey, e.toString());
            return Optional.empty();
        }
    }

    /** The key of the task's process: the id of the diagram's {@code <process>} around it. */
    static String processKey(DelegateTask task) {
        ModelElementInstance element = task.getBpmnModelElementInstance();
        while (element != null && !(element instanceof Process)) {
            element = element.getParentElement();
        }
        return element == null ? null : ((Process) element).getId();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package com.orderflow.support;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The one running instance that a given start event (for example a timer's) began. */
public final class StartedBy {

    private StartedBy() {
    }

    public static ProcessInstance running(ProcessEngine engine, String startEventId) {
        List<ProcessInstance> running = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(startEventId).list().stream().map(HistoricActivityInstance::getProcessInstanceId)
                .map(id -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult())
                .filter(instance -> instance != null).toList();
        if (running.size() != 1) {
            throw new AssertionError("expected one running instance started at " + startEventId + ", found " + running.size());
        }
        return running.get(0);
    }
}

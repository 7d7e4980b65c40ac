package com.orderflow.operations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * No incident left open and no job that ran out of retries: each is work the engine stopped doing
 * until someone looks (Cockpit shows them; this names them in the report and gives an admin a task).
 */
@Component
class EngineHealthCheck {
    private final RuntimeService runtime;
    private final ManagementService management;

    EngineHealthCheck(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        Set<String> jobsWithIncident = new HashSet<>();
        for (Incident incident : runtime.createIncidentQuery().list()) {
            if (incident.getConfiguration() != null) {
                jobsWithIncident.add(incident.getConfiguration());
            }
            findings.add(new Finding("ENGINE", subject(incident.getProcessInstanceId(), incident.getProcessDefinitionId()),
                    "open incident (" + incident.getIncidentType() + ") at " + incident.getActivityId() + ": "
                            + shorten(incident.getIncidentMessage())));
        }
        for (Job job : management.createJobQuery().noRetriesLeft().list()) {
            if (!jobsWithIncident.contains(job.getId())) {
                findings.add(new Finding("ENGINE", subject(job.getProcessInstanceId(), job.getProcessDefinitionKey()),
                        "job " + job.getId() + " failed and has no retries left: " + shorten(job.getExceptionMessage())));
            }
        }
        return findings;
    }

    /** The business key of the process (an order number, a run) where there is one. */
    private String subject(String processInstanceId, String fallback) {
        if (processInstanceId != null) {
            ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
            if (process != null && process.getBusinessKey() != null) {
                return process.getBusinessKey();
            }
            return "process " + processInstanceId;
        }
        return String.valueOf(fallback);
    }

    private static String shorten(String message) {
        if (message == null) {
            return "(no message)";
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}

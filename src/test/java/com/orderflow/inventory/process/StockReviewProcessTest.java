package com.orderflow.inventory.process;

import static com.orderflow.inventory.process.StockReviewProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.inventory.StockAlertService;
import com.orderflow.inventory.TestStock;
import com.orderflow.support.OrderflowSpringTest;

/** Every path of stock-review.bpmn: on request and by the morning timer, with and without new alerts. */
@OrderflowSpringTest
class StockReviewProcessTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    StockAlertService alerts;
    @Autowired
    TestStock stock;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    private ProcessInstance requestReview() {
        return runtime.createProcessInstanceQuery().processInstanceId(alerts.requestReview(TestStock.OWNER))
                .singleResult();
    }

    private Task taskFor(ProcessInstance instance, String sku) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_HANDLE_ALERT).list()
                .stream().filter(t -> String.valueOf(tasks.getVariable(t.getId(), VAR_ALERT_MESSAGE)).contains("Walnut"))
                .filter(t -> alerts.alert(((Number) tasks.getVariable(t.getId(), VAR_ALERT_ID)).longValue()).sku()
                        .equals(sku))
                .findFirst().orElseThrow();
    }

    /** Closes every open task of a review as an admin would, so that the review ends. */
    private void handleAll(ProcessInstance instance) {
        identity.setAuthentication("owner", List.of("admin"));
        try {
            for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
                tasks.complete(task.getId(), Map.of(VAR_RESOLUTION, "no-action"));
            }
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void anOnDemandReviewGivesTheAdminsATaskPerNewAlertAndClosesItWhenHandled() {
        String sku = stock.product("Walnut Barfi", 10, false);
        stock.receive(sku, "W1", 3, 30);

        ProcessInstance instance = requestReview();
        assertThat(instance).hasPassed(START_REQUESTED, TASK_EVALUATE).isWaitingAt(TASK_HANDLE_ALERT);
        Task task = taskFor(instance, sku);
        assertThat(task).hasCandidateGroup("admin");
        try (var form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            assertTrue(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("\"id\": \"handle-stock-alert\""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals("Low stock: 3 × Walnut Barfi 1 kg left, reorder level 10",
                tasks.getVariable(task.getId(), VAR_ALERT_MESSAGE));
        Long alertId = ((Number) tasks.getVariable(task.getId(), VAR_ALERT_ID)).longValue();

        identity.setAuthentication("owner", List.of("admin"));
        try {
            tasks.complete(task.getId(), Map.of(VAR_RESOLUTION, "reordered", VAR_RESOLUTION_NOTE, "10 boxes on Monday"));
        } finally {
            identity.clearAuthentication();
        }
        StockAlertService.AlertView closed = alerts.alert(alertId);
        assertEquals("CLOSED", closed.status());
        assertEquals("owner", closed.closedBy());
        assertEquals("reordered", closed.resolution());

        handleAll(instance);
        assertThat(instance).hasPassed(TASK_CLOSE_ALERT, END_REVIEWED).isEnded();
    }

    @Test
    void aConditionWithAnOpenAlertRaisesNoSecondOne() {
        String sku = stock.product("Walnut Barfi", 10, false);
        stock.receive(sku, "W1", 2, 30);
        ProcessInstance first = requestReview();
        Task task = taskFor(first, sku);

        // started as the API does (by message), kept as an object because it ends at once
        ProcessInstance second = runtime.startProcessInstanceByMessage(MESSAGE_REVIEW_REQUESTED);
        assertThat(second).hasPassed(END_NO_NEW_ALERTS).isEnded();
        assertEquals(0, history.createHistoricVariableInstanceQuery().processInstanceId(second.getId())
                .variableName(VAR_NEW_ALERT_COUNT).singleResult().getValue());
        assertTrue(alerts.openAlerts(TestStock.OWNER).stream().anyMatch(a -> a.sku().equals(sku)));
        assertTrue(task.getId() != null);
        handleAll(first);
    }

    @Test
    void theMorningTimerStartsAReview() {
        String sku = stock.product("Walnut Barfi", 10, false);
        stock.receive(sku, "W1", 1, 30);
        Set<String> before = history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
                .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        var timer = management.createJobQuery().processDefinitionKey(KEY).timers().singleResult();
        // 07:00 in the shop (Asia/Kolkata), whatever zone the server runs in (tests run in UTC)
        assertEquals(java.time.LocalTime.of(7, 0), timer.getDuedate().toInstant()
                .atZone(java.time.ZoneId.of("Asia/Kolkata")).toLocalTime());

        management.executeJob(timer.getId());

        HistoricProcessInstance started = history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).list()
                .stream().filter(h -> !before.contains(h.getId())).findFirst().orElseThrow();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
        assertThat(instance).hasPassed(START_DAILY, TASK_EVALUATE).isWaitingAt(TASK_HANDLE_ALERT);
        taskFor(instance, sku);
        handleAll(instance);
        assertThat(instance).isEnded();
        assertEquals(1, management.createJobQuery().processDefinitionKey(KEY).timers().count(),
                "the next morning's timer is waiting");
    }
}

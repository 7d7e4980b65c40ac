package com.orderflow.operations.process;

import static com.orderflow.operations.process.OperationsProcesses.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.orderflow.operations.BackupDesk;
import com.orderflow.operations.ConsistencyCheck;
import com.orderflow.operations.ConsistencyReport;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.StartedBy;
import com.orderflow.support.TestOrders;

/**
 * consistency-check.bpmn and the check itself on the tests' real PostgreSQL: an order whose status
 * and process agree is not reported; an order whose status was changed behind the process's back, a
 * stock balance that no longer adds up, a bill number given out but on no bill and an open incident
 * each are, named, and each becomes an admin task named after what it is about. (The shared test
 * database holds other tests' leftovers, so the test looks for its own subjects, not an empty report.)
 */
@OrderflowSpringTest
class ConsistencyCheckProcessTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    BackupDesk desk;
    @Autowired
    ConsistencyCheck check;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @Test
    void ordersWhoseStatusAndProcessAgreeAreNotReportedWhateverTheirStep() {
        String received = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String packed = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String ready = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String out = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String advance = orders.create(TestOrders.advanceBooking(java.time.LocalDate.now().plusDays(5)), TestOrders.BILLER).number();
        driver.pack(packed).pack(ready).bill(ready).pack(out).bill(out).takeOut(out, "ravi");

        ConsistencyReport report = check.run(ConsistencyCheck.ON_REQUEST);

        for (String number : List.of(received, packed, ready, out, advance)) {
            assertTrue(report.findings().stream().noneMatch(f -> f.subject().equals(number)), number + " agrees: " + report);
        }
    }

    @Test
    void aStatusChangedBehindTheProcessesBackIsReportedAndBecomesATaskNamedForTheOrder() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        jdbc.update("UPDATE customer_order SET status = 'PACKED' WHERE order_number = ?", number);
        try {
            ProcessInstance checkRun = started(desk.checkNow(TestOrders.OWNER));
            runJob(checkRun);
            ConsistencyReport report = check.latest().orElseThrow();
            assertEquals(ConsistencyCheck.ON_REQUEST, report.reason());
            ConsistencyReport.Item finding = report.findings().stream().filter(f -> f.subject().equals(number)).findFirst()
                    .orElseThrow(() -> new AssertionError(number + " not reported: " + report));
            assertTrue(finding.problem().contains("status PACKED but its process waits at [UserTask_PackOrder]"), finding.problem());

            assertThat(checkRun).isWaitingAt(TASK_MISMATCH);
            Task task = tasks.createTaskQuery().processInstanceId(checkRun.getId()).taskName("Look into " + number).singleResult();
            assertTrue(String.valueOf(tasks.getVariable(task.getId(), VAR_MISMATCH)).contains(number));
            assertEquals(List.of("admin"), engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                    .map(link -> link.getGroupId()).toList());
            for (Task each : tasks.createTaskQuery().processInstanceId(checkRun.getId()).list()) {
                tasks.complete(each.getId(), Map.of("mismatchNote", "status put back"));
            }
            assertThat(checkRun).hasPassed(END_MISMATCHES_HANDLED).isEnded();
        } finally {
            jdbc.update("UPDATE customer_order SET status = 'RECEIVED' WHERE order_number = ?", number);
        }
    }

    @Test
    void aBalanceThatNoLongerAddsUpAGapInTheBillsAndAnOpenIncidentAreReported() {
        Long balance = jdbc.queryForObject("SELECT id FROM stock_balance ORDER BY id LIMIT 1", Long.class);
        String sku = jdbc.queryForObject("SELECT p.sku FROM stock_balance s JOIN product p ON p.id = s.product_id WHERE s.id = ?",
                String.class, balance);
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        ProcessInstance order = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        jdbc.update("UPDATE stock_balance SET quantity = quantity + 7 WHERE id = ?", balance);
        jdbc.update("INSERT INTO bill_number_series (prefix, fy_start, last_value) VALUES ('TGAP', 2090, 2)");
        Incident incident = runtime.createIncident("orderflowTest", order.getId(), "test", "the printer caught fire");
        try {
            ConsistencyReport report = check.run(ConsistencyCheck.NIGHTLY);
            assertTrue(report.findings().stream().anyMatch(f -> f.area().equals("STOCK") && f.subject().startsWith(sku)
                    && f.problem().contains("ledger adds up to")), report.toString());
            assertTrue(report.findings().stream().anyMatch(f -> f.area().equals("BILLS")
                    && f.problem().contains("TGAP-9091-000001, TGAP-9091-000002")), report.toString());
            assertTrue(report.findings().stream().anyMatch(f -> f.area().equals("ENGINE") && f.subject().equals(number)
                    && f.problem().contains("the printer caught fire")), report.toString());
        } finally {
            runtime.resolveIncident(incident.getId());
            jdbc.update("UPDATE stock_balance SET quantity = quantity - 7 WHERE id = ?", balance);
            jdbc.update("DELETE FROM bill_number_series WHERE prefix = 'TGAP'");
        }
    }

    @Test
    void theNightlyTimerChecksAtThreeInTheShopsZoneAndACleanCheckEndsWithoutTasks() {
        Job timer = management.createJobQuery().processDefinitionKey(CHECK_KEY).timers().singleResult();
        assertEquals(LocalTime.of(3, 0), timer.getDuedate().toInstant().atZone(ZoneId.of("Asia/Kolkata")).toLocalTime());
        management.executeJob(timer.getId());
        ProcessInstance nightly = StartedBy.running(engine, START_NIGHTLY_CHECK);
        assertThat(nightly).hasPassed(START_NIGHTLY_CHECK).isWaitingAt(SERVICE_CHECK);
        runtime.deleteProcessInstance(nightly.getId(), "the shared test database holds other tests' leftovers");

        // what a clean report leads to, from the decision on (the shared database is never clean as a whole)
        ProcessInstance clean = runtime.createProcessInstanceByKey(CHECK_KEY).startBeforeActivity("Gateway_AnyMismatch")
                .setVariable(VAR_FINDING_COUNT, 0).execute();
        assertThat(clean).hasPassed(END_CONSISTENT).isEnded();
    }

    private ProcessInstance started(String id) {
        return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private void runJob(ProcessInstance instance) {
        Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        management.executeJob(job.getId());
    }
}

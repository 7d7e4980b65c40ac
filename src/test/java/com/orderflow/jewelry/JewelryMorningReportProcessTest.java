package com.orderflow.jewelry;

import static com.orderflow.jewelry.process.JewelryDailyProcesses.*;
import static com.orderflow.jewelry.process.JewelryOrderProcess.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.notifications.NotificationEvent;
import com.orderflow.notifications.StaffDirectory;
import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.support.OrderflowSpringTest;

/** jewelry-morning-report.bpmn (J7): at 09:30 shop time the order manager hears what is due, late, back, ready, uncollected. */
@OrderflowSpringTest
class JewelryMorningReportProcessTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    OrderManagerReport reports;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    StaffDirectory staff;

    @Autowired
    JewelrySteps steps;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Job morningTimer() {
        return management.createJobQuery().processDefinitionKey(REPORT_KEY).timers().singleResult();
    }

    private ProcessInstance readyAtCounter(JewelryOrderView order) {
        ProcessInstance instance = steps.processOf(order);
        steps.receive(instance, 10.1, 10.0, true);
        steps.passQuality(instance);
        steps.tagSendAndReceive(instance);
        return instance;
    }

    @Test
    void theReportListsDueOverdueReceivedReadyAndUncollectedOrdersAndReachesTheOrderManager() {
        staff.setPhone("manager", "+919820099999", new CurrentUser("owner", Set.of(Roles.ADMIN)));
        LocalDate day = LocalDate.now(JewelrySteps.SHOP).plusDays(1200 + (long) (Math.random() * 300));
        JewelrySteps.clockAt(day, LocalTime.of(8, 0));
        JewelryOrderView dueToday = steps.take(JewelryFixtures.customRing("HO", day.plusDays(4)).build());
        JewelryOrderView overdue = steps.take(JewelryFixtures.customRing("HO", day.plusDays(3)).build());
        JewelryOrderView receivedAndReady = steps.take(JewelryFixtures.customRing("BOR", day.plusDays(6)).build());
        JewelryOrderView uncollected = steps.take(JewelryFixtures.customRing("DAH", day.plusDays(6)).build());
        for (JewelryOrderView order : java.util.List.of(dueToday, overdue, receivedAndReady, uncollected)) {
            steps.issue(steps.processOf(order), 10.2);
        }
        readyAtCounter(uncollected);
        JewelrySteps.clockAt(day.plusDays(3), LocalTime.of(10, 0));
        readyAtCounter(receivedAndReady);

        JewelrySteps.clockAt(day.plusDays(4), LocalTime.of(9, 30));
        assertEquals(LocalTime.of(9, 30), morningTimer().getDuedate().toInstant().atZone(JewelrySteps.SHOP).toLocalTime(),
                "09:30 in the shop, though the test JVM runs in UTC");
        management.executeJob(morningTimer().getId());

        MorningReportView report = reports.latest(JewelryFixtures.MANAGER).orElseThrow();
        assertEquals(day.plusDays(4), report.date());
        assertTrue(report.dueToday().contains(dueToday.number()), report.toString());
        assertTrue(report.overdue().contains(overdue.number()), report.toString());
        assertTrue(report.received().contains(receivedAndReady.number()), report.toString());
        assertTrue(report.ready().contains(receivedAndReady.number()), report.toString());
        assertTrue(report.notCollected().contains(uncollected.number()), "ready 4 days ago, followed up every 3");
        assertTrue(!report.ready().contains(uncollected.number()) && !report.overdue().contains(dueToday.number()));

        var sent = steps.sent("REPORT " + day.plusDays(4), NotificationEvent.JEWELRY_REPORT);
        assertEquals(1, sent.size());
        assertEquals("+919820099999", sent.get(0).recipient());
        assertTrue(sent.get(0).text().contains(overdue.number()), sent.get(0).text());
        assertEquals(1, management.createJobQuery().processDefinitionKey(REPORT_KEY).timers().count(),
                "tomorrow morning's timer is waiting");
        assertTrue(history.createHistoricActivityInstanceQuery().activityId(REPORT_END).count() > 0);
        assertEquals(TASK_HAND_OVER, tasks.createTaskQuery().processInstanceBusinessKey(uncollected.number())
                .singleResult().getTaskDefinitionKey());
    }
}

package com.orderflow.jewelry;

import static com.orderflow.jewelry.process.JewelryOrderProcess.TASK_ASSIGN_KARIGAR;
import static com.orderflow.jewelry.process.JewelryOrderProcess.TASK_ISSUE;
import static com.orderflow.jewelry.process.JewelryOrderProcess.VAR_SUGGESTED_KARIGAR;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.support.OrderflowSpringTest;

/**
 * Issue 12: the karigar is chosen from the shop's karigar master, not from names written into the
 * decision table. A karigar the order manager adds with his skills and metals gets the work the
 * table would otherwise leave to the manager, without anyone editing the table.
 */
@OrderflowSpringTest
class KarigarRoutingTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JewelrySteps steps;
    @Autowired
    KarigarDesk desk;
    private String added;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        JewelrySteps.onADayOfItsOwn();
    }

    @AfterEach
    void tearDown() {
        if (added != null) {
            desk.save(new KarigarDesk.KarigarForm(added, "Dhruv Sonar", "anklet", "PLATINUM", "", "", false),
                    JewelryFixtures.MANAGER);
        }
        ClockUtil.reset();
    }

    @Test
    void aKarigarAddedToTheMasterWithTheSkillAndMetalGetsTheWork() {
        LocalDate due = JewelrySteps.shopToday().plusDays(10);
        JewelryOrderView nobody = steps.take(JewelryFixtures.customRing("BOR", due).category("anklet")
                .metal(com.orderflow.jewelry.Metal.PLATINUM, "950").build());
        var waiting = steps.processOf(nobody);
        assertThat(waiting).isWaitingAt(TASK_ASSIGN_KARIGAR);
        assertNull(runtime.getVariable(waiting.getId(), VAR_SUGGESTED_KARIGAR), "nobody in the demo master makes it");

        added = "dhruv-" + UUID.randomUUID().toString().substring(0, 6);
        desk.save(new KarigarDesk.KarigarForm(added, "Dhruv Sonar", "anklet", "PLATINUM", "+91 98200 11999", "", true),
                JewelryFixtures.MANAGER);
        JewelryOrderView routed = steps.take(JewelryFixtures.customRing("BOR", due).category("anklet")
                .metal(com.orderflow.jewelry.Metal.PLATINUM, "950").build());
        var instance = steps.processOf(routed);
        assertThat(instance).isWaitingAt(TASK_ISSUE);
        assertEquals(added, steps.view(routed).karigarId());
    }
}

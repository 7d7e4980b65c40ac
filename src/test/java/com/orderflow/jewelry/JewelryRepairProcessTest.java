package com.orderflow.jewelry;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.notifications.NotificationEvent;
import com.orderflow.support.OrderflowSpringTest;

/** Every path of jewelry-repair.bpmn (J9): the customer's item to a karigar and back, the added weight billed. */
@OrderflowSpringTest
class JewelryRepairProcessTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;

    @Autowired
    JewelrySteps steps;
    LocalDate today;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        JewelrySteps.clockAt(LocalDate.now(JewelrySteps.SHOP).plusDays(400 + (long) (Math.random() * 300)), LocalTime.of(12, 0));
        today = JewelrySteps.shopToday();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static List<String> lines(JewelryOrderView order) {
        return order.bill().lines().stream().map(l -> l.label() + " " + l.amount().toPlainString()).toList();
    }

    @Test
    void aRepairBillsTheWeightTheKarigarAddedHisLabourAndTheShopsStone() {
        JewelryOrderView order = steps.take(JewelryFixtures.repair("HO", today.plusDays(4)).build());
        assertTrue(order.number().matches("JR-\\d{4}-\\d{6}"), order.number());
        assertEquals(new BigDecimal("12.400"), order.itemGrossGrams());
        ProcessInstance instance = steps.processOf(order);
        assertThat(instance).hasPassed(REPAIR_START, RULE_SUGGEST_KARIGAR, SERVICE_ASSIGN_KARIGAR).isWaitingAt(TASK_ISSUE);
        assertEquals("bapu", steps.view(order).karigarId(), "bangles go to Bapu by the table");

        steps.complete(instance, TASK_ISSUE, "karigar", "karigar-desk", VAR_ISSUED_METAL_GRAMS, 0.6, "itemHandedOver", true);
        assertEquals(JewelryState.WITH_KARIGAR, steps.view(order).state());
        steps.complete(instance, TASK_RECEIVE, "karigar", "karigar-desk", VAR_GROSS_GRAMS, 12.95, VAR_LABOUR, 800L,
                VAR_ADDED_STONE_DESCRIPTION, "CZ", VAR_ADDED_STONE_COUNT, 1L, VAR_ADDED_STONE_GRAMS, 0.02,
                VAR_ADDED_STONE_PRICE, 350L);
        JewelryOrderView back = steps.view(order);
        assertEquals(new BigDecimal("12.950"), back.receivedGrossGrams());
        assertEquals(new BigDecimal("0.550"), back.weightDifferenceGrams(), "the added weight is kept apart");
        assertTrue(back.stones().stream().anyMatch(s -> s.addedAtKarigar() && s.owner() == StoneOwner.SHOP));

        steps.passQuality(instance);
        assertThat(instance).hasPassed(SERVICE_TELL_CUSTOMER).isWaitingAt(TASK_HAND_OVER);
        assertEquals(1, steps.sent(order.number(), NotificationEvent.JEWELRY_READY).size());
        steps.rate(today, "6650.00");
        steps.handOver(instance);

        assertThat(instance).hasPassed(SERVICE_BILL, REPAIR_END).isEnded();
        JewelryOrderView billed = steps.view(order);
        // 0.550 g gained less the 0.020 g CZ (billed at its price) is 0.530 g of gold
        assertEquals(List.of("Added weight 3524.50", "Labour 800.00", "Stones 350.00"), lines(billed));
        assertEquals(new BigDecimal("4674.50"), billed.bill().subtotal());
        assertEquals(new BigDecimal("4174.50"), billed.bill().due(), "the advance of 500 is deducted");
        assertEquals(JewelryState.HANDED_OVER, billed.state());
    }

    @Test
    void aRepairNobodyIsSuggestedForIsChasedReworkedFollowedUpAndBilledWithoutMetal() {
        LocalDate due = today.plusDays(3);
        JewelryOrderView order = steps.take(JewelryFixtures.repair("BOR", due).category("anklet").build());
        ProcessInstance instance = steps.processOf(order);
        assertThat(instance).isWaitingAt(TASK_ASSIGN_KARIGAR);
        steps.complete(instance, TASK_ASSIGN_KARIGAR, "manager", "order-manager", VAR_KARIGAR, "salim");
        steps.complete(instance, TASK_ISSUE, "karigar", "karigar-desk", "itemHandedOver", true);

        JewelrySteps.clockAt(due.minusDays(1), LocalTime.of(10, 5));
        steps.fire(instance, TIMER_DAY_BEFORE_DUE);
        assertEquals(1, steps.sent(order.number(), NotificationEvent.KARIGAR_REMINDER).size());
        JewelrySteps.clockAt(due.plusDays(1), LocalTime.of(10, 5));
        steps.fire(instance, TIMER_OVERDUE);
        steps.complete(instance, TASK_CHASE_OVERDUE, "manager", "order-manager", VAR_NEW_DUE_DATE,
                due.plusDays(2).toString());
        assertThat(instance).isWaitingAt(TASK_RECEIVE);

        steps.complete(instance, TASK_RECEIVE, "karigar", "karigar-desk", VAR_GROSS_GRAMS, 12.4, VAR_LABOUR, 800L);
        steps.complete(instance, TASK_CHECK_QUALITY, "karigar", "karigar-desk", VAR_QUALITY_PASSED, false,
                VAR_REWORK_REASON, "Dent still visible");
        assertThat(instance).hasPassed(SERVICE_SEND_BACK).isWaitingAt(TASK_RECEIVE);
        // polishing took 0.050 g off: the customer pays no metal for it
        steps.complete(instance, TASK_RECEIVE, "karigar", "karigar-desk", VAR_GROSS_GRAMS, 12.35, VAR_LABOUR, 800L);
        assertEquals(new BigDecimal("-0.050"), steps.view(order).weightDifferenceGrams());
        steps.passQuality(instance);

        LocalDate readyDay = JewelrySteps.shopToday();
        JewelrySteps.clockAt(readyDay.plusDays(3), LocalTime.of(10, 6));
        steps.fire(instance, TIMER_FOLLOW_UP);
        assertEquals(1, steps.sent(order.number(), NotificationEvent.JEWELRY_FOLLOW_UP).size());
        steps.handOver(instance);

        assertThat(instance).isEnded();
        JewelryOrderView billed = steps.view(order);
        assertEquals(List.of("Labour 800.00"), lines(billed));
        assertEquals(new BigDecimal("300.00"), billed.bill().due());
        assertEquals(null, billed.billRate(), "no metal billed, so no rate was needed");
    }

    @Test
    void aReworkedRepairBillsItsAddedStoneOnceAndKeepsItsSampleOutUntilAccountedFor() {
        JewelryOrderView order = steps.take(JewelryFixtures.repair("HO", today.plusDays(4))
                .customerSample("The other earring of the pair").build());
        ProcessInstance instance = steps.processOf(order);
        steps.complete(instance, TASK_ISSUE, "karigar", "karigar-desk", "itemHandedOver", true);
        assertEquals(SampleState.WITH_KARIGAR, steps.view(order).samples().get(0).state());

        steps.complete(instance, TASK_RECEIVE, "karigar", "karigar-desk", VAR_GROSS_GRAMS, 12.95, VAR_LABOUR, 800L,
                VAR_ADDED_STONE_DESCRIPTION, "CZ", VAR_ADDED_STONE_COUNT, 1L, VAR_ADDED_STONE_GRAMS, 0.02,
                VAR_ADDED_STONE_PRICE, 350L, VAR_SAMPLES_RETURNED, false);
        assertEquals(SampleState.WITH_KARIGAR, steps.view(order).samples().get(0).state(),
                "nobody said the sample came back: it is still with the karigar");
        steps.complete(instance, TASK_CHECK_QUALITY, "karigar", "karigar-desk", VAR_QUALITY_PASSED, false,
                VAR_REWORK_REASON, "Stone loose");
        // Tasklist shows the second receipt with the first one's values: the same CZ, submitted again
        steps.complete(instance, TASK_RECEIVE, "karigar", "karigar-desk", VAR_GROSS_GRAMS, 12.95, VAR_LABOUR, 800L,
                VAR_ADDED_STONE_DESCRIPTION, "CZ", VAR_ADDED_STONE_COUNT, 1L, VAR_ADDED_STONE_GRAMS, 0.02,
                VAR_ADDED_STONE_PRICE, 350L, VAR_SAMPLES_RETURNED, false);
        assertEquals(1, steps.view(order).stones().stream().filter(StoneView::addedAtKarigar).count(),
                "the rework's receipt restates the stone, it does not add a second one");
        steps.passQuality(instance);
        steps.rate(JewelrySteps.shopToday(), "6650.00");
        steps.handOver(instance);

        assertEquals(List.of("Added weight 3524.50", "Labour 800.00", "Stones 350.00"), lines(steps.view(order)));
        assertThat(instance).hasPassed(SERVICE_BILL, SERVICE_CHECK_SAMPLES).isWaitingAt(TASK_ACCOUNT_SAMPLES);
        assertThat(steps.task(instance, TASK_ACCOUNT_SAMPLES)).hasCandidateGroup("order-manager");
        steps.complete(instance, TASK_ACCOUNT_SAMPLES, "manager", "order-manager", VAR_SAMPLE_OUTCOME, "returned");
        assertThat(instance).hasPassed(SERVICE_ACCOUNT_SAMPLES, REPAIR_END).isEnded();
        assertEquals(SampleState.RETURNED, steps.view(order).samples().get(0).state());
    }

    @Test
    void aSampleThatCameBackWithTheRepairLetsItEndAtHandover() {
        JewelryOrderView order = steps.take(JewelryFixtures.repair("HO", today.plusDays(4))
                .shopSample("Clasp pattern C-4").build());
        ProcessInstance instance = steps.processOf(order);
        steps.complete(instance, TASK_ISSUE, "karigar", "karigar-desk", "itemHandedOver", true);
        steps.complete(instance, TASK_RECEIVE, "karigar", "karigar-desk", VAR_GROSS_GRAMS, 12.4, VAR_LABOUR, 500L,
                VAR_SAMPLES_RETURNED, true);
        steps.passQuality(instance);
        steps.handOver(instance);

        assertThat(instance).hasPassed(SERVICE_CHECK_SAMPLES, REPAIR_END).hasNotPassed(TASK_ACCOUNT_SAMPLES).isEnded();
        assertEquals(SampleState.RETURNED, steps.view(order).samples().get(0).state());
    }
}

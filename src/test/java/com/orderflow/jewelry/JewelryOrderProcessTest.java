package com.orderflow.jewelry;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
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
import com.orderflow.platform.audit.AuditEntry;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderflowSpringTest;

/**
 * Every path of jewelry-order.bpmn (J1–J8), driven as the counter, the karigar desk and the head
 * office would: assignment by table or by hand, issue, receipt with weights, approval, rework,
 * quality, tag, transfer, ready, follow-ups, the bill at the day's rate and the samples' account.
 */
@OrderflowSpringTest
class JewelryOrderProcessTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    AuditLog audit;

    @Autowired
    JewelrySteps steps;
    LocalDate today;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        today = JewelrySteps.onADayOfItsOwn();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static void assertEveryIssuedSampleAccountedFor(JewelryOrderView order) {
        order.samples().forEach(s -> assertTrue(s.state() == SampleState.RETURNED || s.state() == SampleState.LOST_ACCOUNTED,
                s + " of " + order.number() + " disappeared"));
    }

    @Test
    void aShopItemGoesToTheTablesKarigarAtOnceAndIsBilledExactlyAtHandover() {
        JewelryOrderView order = steps.take(JewelryFixtures.customRing("BOR", today.plusDays(10))
                .customerStones(3, "0.060", "diamond").shopStones(2, "0.450", "ruby", "1800.00")
                .shopSample("Showcase ring R-17").build());
        assertTrue(order.number().matches("JO-\\d{4}-\\d{6}"), order.number());
        ProcessInstance instance = steps.processOf(order);

        // the least busy of the demo master's goldsmiths who make rings (the table names nobody)
        String expected = (String) runtime.getVariable(instance.getId(), VAR_SKILLED_KARIGAR);
        assertTrue(java.util.Set.of("ramesh", "bapu").contains(expected), expected);
        assertTrue(((Number) runtime.getVariable(instance.getId(), VAR_WORKLOAD)).longValue() < 15);
        assertThat(instance).hasPassed(RULE_SUGGEST_KARIGAR, SERVICE_ASSIGN_KARIGAR).hasNotPassed(TASK_ASSIGN_KARIGAR)
                .isWaitingAt(TASK_ISSUE);
        assertEquals(expected, steps.view(order).karigarId());
        assertEquals(JewelryState.ASSIGNED, steps.view(order).state());
        assertEquals("SHOP sample: Showcase ring R-17", runtime.getVariable(instance.getId(), VAR_SAMPLES_NOTE));

        steps.issue(instance, 10.5);
        JewelryOrderView issued = steps.view(order);
        assertEquals(JewelryState.WITH_KARIGAR, issued.state());
        assertEquals(new BigDecimal("10.500"), issued.issuedMetalGrams());
        assertEquals(SampleState.WITH_KARIGAR, issued.samples().get(0).state());
        assertEquals(expected, issued.samples().get(0).karigarId());

        steps.receive(instance, 10.61, 10.25, true);
        JewelryOrderView received = steps.view(order);
        assertEquals(new BigDecimal("10.610"), received.receivedGrossGrams());
        assertEquals(new BigDecimal("10.250"), received.receivedNetGrams());
        assertEquals(new BigDecimal("0.250"), received.weightDifferenceGrams(), "the extra weight is kept apart");
        assertEquals(SampleState.RETURNED, received.samples().get(0).state());
        assertThat(instance).hasPassed(RULE_CHECK_TOLERANCE).hasNotPassed(TASK_APPROVE_WEIGHT).isWaitingAt(TASK_CHECK_QUALITY);

        steps.passQuality(instance);
        JewelryOrderView tagged = steps.view(order);
        assertEquals(JewelryState.TAGGED, tagged.state());
        assertEquals(tagged.tagNumber() + "|GOLD|22K|10.250g", tagged.tagContent());
        assertEquals(tagged.tagNumber(), runtime.getVariable(instance.getId(), VAR_TAG_NUMBER));

        steps.complete(instance, TASK_DISPATCH, "karigar", "karigar-desk", "tagAttached", true);
        assertEquals(JewelryState.IN_TRANSIT, steps.view(order).state());
        steps.complete(instance, TASK_RECEIVE_AT_COUNTER, "biller", "biller", "pieceReceived", true);
        assertEquals(JewelryState.READY, steps.view(order).state());
        var ready = steps.sent(order.number(), NotificationEvent.JEWELRY_READY);
        assertEquals(1, ready.size());
        assertEquals("+919820012345", ready.get(0).recipient());
        assertEquals("mr", ready.get(0).language());
        assertTrue(ready.get(0).text().contains(order.number()) && ready.get(0).text().contains("बोरिवली"),
                ready.get(0).text());

        steps.rate(today, "6650.00");
        steps.handOver(instance);

        assertThat(instance).hasPassed(SERVICE_BILL, SERVICE_CHECK_SAMPLES, END_HANDED_OVER).isEnded();
        JewelryOrderView billed = steps.view(order);
        assertEquals(JewelryState.HANDED_OVER, billed.state());
        assertEquals(List.of("Metal 66500.00", "Extra weight 1662.50", "Making charges 4612.50", "Stones 1800.00",
                        "Customer's stones 0.00"),
                billed.bill().lines().stream().map(l -> l.label() + " " + l.amount().toPlainString()).toList());
        assertEquals(new BigDecimal("74575.00"), billed.bill().subtotal());
        assertEquals(new BigDecimal("54575.00"), billed.bill().due(), "the advance of 20,000 is deducted");
        assertEquals(today, billed.billRateDate());
        assertEquals("biller", billed.handedOverBy());
        assertEveryIssuedSampleAccountedFor(billed);
        List<String> story = audit.storyOf(order.number()).stream().map(AuditEntry::action).toList();
        assertTrue(story.containsAll(List.of("JEWELRY_ORDER_TAKEN", "KARIGAR_ASSIGNED", "ISSUED_TO_KARIGAR",
                "RECEIVED_FROM_KARIGAR", "PIECE_TAGGED", "SENT_TO_BRANCH", "READY_AT_COUNTER", "JEWELRY_HANDED_OVER")),
                story.toString());
    }

    @Test
    void aChainJustOverTwoPercentGoesToTheOrderManagerAndOneAtTwoPercentDoesNot() {
        // 0.501 g over 25.000 g is 2.004%: over the 2% of chains, though it rounds to 2.00%
        ProcessInstance over = receivedChain("25.501");
        assertThat(over).hasPassed(RULE_CHECK_TOLERANCE).isWaitingAt(TASK_APPROVE_WEIGHT);

        // 0.500 g over 25.000 g is exactly 2%: within the rule
        ProcessInstance at = receivedChain("25.500");
        assertThat(at).hasPassed(RULE_CHECK_TOLERANCE).hasNotPassed(TASK_APPROVE_WEIGHT).isWaitingAt(TASK_CHECK_QUALITY);
    }

    @Test
    void halfAStoneReturnedIsRefusedWithTheFieldNamedNotCutToAWholeOne() {
        JewelryOrderView order = steps.take(JewelryFixtures.customRing("BOR", today.plusDays(10))
                .customerStones(3, "0.060", "diamond").build());
        ProcessInstance instance = steps.processOf(order);
        steps.issue(instance, 10.5);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> steps.complete(instance,
                TASK_RECEIVE, "karigar", "karigar-desk", VAR_GROSS_GRAMS, 10.3, VAR_NET_GRAMS, 10.0,
                VAR_SAMPLES_RETURNED, true, VAR_CUSTOMER_STONES_RETURNED, 2.5));

        assertEquals(VAR_CUSTOMER_STONES_RETURNED, refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message().startsWith("must be a whole number"),
                refused.problems().get(0).message());
        assertThat(instance).isWaitingAt(TASK_RECEIVE);
        assertEquals(null, steps.view(order).receivedNetGrams(), "nothing was recorded");
        steps.complete(instance, TASK_RECEIVE, "karigar", "karigar-desk", VAR_GROSS_GRAMS, 10.3, VAR_NET_GRAMS, 10.0,
                VAR_SAMPLES_RETURNED, true, VAR_CUSTOMER_STONES_RETURNED, 3.0);
        assertEquals(new BigDecimal("10.000"), steps.view(order).receivedNetGrams(), "3.0 is a whole number");
    }

    private ProcessInstance receivedChain(String netGrams) {
        JewelryOrderView order = steps.take(JewelryFixtures.describedNecklace("DAH", today.plusDays(12)).category("chain")
                .target("25.000").tolerance("0.100").build());
        ProcessInstance instance = steps.processOf(order);
        steps.complete(instance, TASK_ASSIGN_KARIGAR, "manager", "order-manager", VAR_KARIGAR, "salim");
        steps.issue(instance, 26.0);
        steps.receive(instance, 26.0, Double.parseDouble(netGrams), false);
        return instance;
    }

    @Test
    void aDescribedDesignWaitsForHeadOfficeAndASampleStillOutMustBeAccountedFor() {
        JewelryOrderView order = steps.take(JewelryFixtures.describedNecklace("DAH", today.plusDays(12))
                .customerSample("Customer's old necklace for the pattern").build());
        ProcessInstance instance = steps.processOf(order);
        assertThat(instance).isWaitingAt(TASK_ASSIGN_KARIGAR);
        assertEquals(JewelryState.ORDER_BOX, steps.view(order).state());
        assertEquals("ganesh", runtime.getVariable(instance.getId(), VAR_SUGGESTED_KARIGAR));

        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> steps.complete(instance,
                TASK_ASSIGN_KARIGAR, "manager", "order-manager", VAR_KARIGAR, "nobody"));
        assertEquals("karigarId", unknown.problems().get(0).field());
        assertThat(instance).isWaitingAt(TASK_ASSIGN_KARIGAR);
        assertEquals(null, steps.view(order).karigarId(), "a refused choice changes nothing");

        steps.complete(instance, TASK_ASSIGN_KARIGAR, "manager", "order-manager", VAR_KARIGAR, "salim");
        assertEquals("salim", steps.view(order).karigarId(), "head office may overrule the table");
        steps.issue(instance, 33.0);

        // 0.900 g over 32.000 g is 2.81%: more than the 0.200 g agreed and the 2% of chains and necklaces
        steps.receive(instance, 33.1, 32.9, false);
        assertThat(instance).isWaitingAt(TASK_APPROVE_WEIGHT);
        assertEquals("0.900 g (2.81%)", runtime.getVariable(instance.getId(), VAR_WEIGHT_DIFFERENCE));
        steps.complete(instance, TASK_APPROVE_WEIGHT, "manager", "order-manager", VAR_WEIGHT_APPROVED, false,
                VAR_REWORK_REASON, "Too heavy: file the coins down");
        assertThat(instance).hasPassed(SERVICE_SEND_BACK).isWaitingAt(TASK_RECEIVE);
        assertEquals(JewelryState.WITH_KARIGAR, steps.view(order).state());

        steps.receive(instance, 32.3, 32.15, false);
        steps.complete(instance, TASK_CHECK_QUALITY, "karigar", "karigar-desk", VAR_QUALITY_PASSED, false,
                VAR_REWORK_REASON, "Clasp loose");
        assertThat(instance).isWaitingAt(TASK_RECEIVE);
        steps.receive(instance, 32.25, 32.1, false);
        assertEquals(new BigDecimal("0.100"), steps.view(order).weightDifferenceGrams());
        steps.passQuality(instance);
        steps.tagSendAndReceive(instance);
        steps.rate(today, "6650.00");
        steps.handOver(instance);

        assertThat(instance).isWaitingAt(TASK_ACCOUNT_SAMPLES);
        assertEquals(1L, runtime.getVariable(instance.getId(), VAR_SAMPLES_OUTSTANDING));
        assertThat(steps.task(instance, TASK_ACCOUNT_SAMPLES)).hasCandidateGroup("order-manager");
        InvalidInputException noNote = assertThrows(InvalidInputException.class, () -> steps.complete(instance,
                TASK_ACCOUNT_SAMPLES, "manager", "order-manager", VAR_SAMPLE_OUTCOME, "lost"));
        assertEquals("sampleNote", noNote.problems().get(0).field());

        steps.complete(instance, TASK_ACCOUNT_SAMPLES, "manager", "order-manager", VAR_SAMPLE_OUTCOME, "lost",
                VAR_SAMPLE_NOTE, "Salim lost it; he pays the customer Rs.2,000");
        assertThat(instance).hasPassed(SERVICE_ACCOUNT_SAMPLES, END_HANDED_OVER).isEnded();
        JewelryOrderView ended = steps.view(order);
        assertEquals(SampleState.LOST_ACCOUNTED, ended.samples().get(0).state());
        assertEquals("Salim lost it; he pays the customer Rs.2,000", ended.samples().get(0).note());
        assertEveryIssuedSampleAccountedFor(ended);
    }

    @Test
    void theKarigarIsRemindedTheDayBeforeAndTheOrderManagerChasesHimWhenOverdue() {
        LocalDate due = today.plusDays(5);
        JewelryOrderView order = steps.take(JewelryFixtures.customRing("HO", due).build());
        ProcessInstance instance = steps.processOf(order);
        steps.issue(instance, 10.2);
        assertThat(instance).isWaitingAt(TASK_RECEIVE);
        assertEquals(JewelrySteps.at(due.minusDays(1), LocalTime.of(10, 0)),
                steps.timer(instance, TIMER_DAY_BEFORE_DUE).getDuedate().toInstant());
        assertEquals(JewelrySteps.at(due.plusDays(1), LocalTime.of(10, 0)),
                steps.timer(instance, TIMER_OVERDUE).getDuedate().toInstant());
        assertTrue(management.createJobQuery().processInstanceId(instance.getId()).executable().list().isEmpty(),
                "nothing is due yet");

        JewelrySteps.clockAt(due.minusDays(1), LocalTime.of(10, 1));
        steps.fire(instance, TIMER_DAY_BEFORE_DUE);
        assertThat(instance).hasPassed(SERVICE_REMIND_KARIGAR, END_KARIGAR_REMINDED).isWaitingAt(TASK_RECEIVE);
        var reminders = steps.sent(order.number(), NotificationEvent.KARIGAR_REMINDER);
        assertEquals(1, reminders.size());
        assertTrue(reminders.get(0).text().contains("due tomorrow (" + due + ")"), reminders.get(0).text());

        JewelrySteps.clockAt(due.plusDays(1), LocalTime.of(10, 1));
        steps.fire(instance, TIMER_OVERDUE);
        assertThat(instance).isWaitingAt(TASK_CHASE_OVERDUE).isNotWaitingAt(TASK_RECEIVE);
        InvalidInputException past = assertThrows(InvalidInputException.class, () -> steps.complete(instance,
                TASK_CHASE_OVERDUE, "manager", "order-manager", VAR_NEW_DUE_DATE, due.toString()));
        assertEquals("newDueDate", past.problems().get(0).field());

        LocalDate agreed = due.plusDays(4);
        steps.complete(instance, TASK_CHASE_OVERDUE, "manager", "order-manager", VAR_NEW_DUE_DATE, agreed.toString());
        assertThat(instance).hasPassed(SERVICE_NEW_DUE_DATE).isWaitingAt(TASK_RECEIVE);
        assertEquals(agreed, steps.view(order).dueDate());
        assertEquals(JewelrySteps.at(agreed.minusDays(1), LocalTime.of(10, 0)),
                steps.timer(instance, TIMER_DAY_BEFORE_DUE).getDuedate().toInstant(), "the reminder follows the new date");

        // 1.000 g over 10.000 g (10%) is far outside the ring's 5%: the order manager accepts it all the same
        steps.receive(instance, 11.2, 11.0, true);
        assertThat(instance).isWaitingAt(TASK_APPROVE_WEIGHT);
        steps.complete(instance, TASK_APPROVE_WEIGHT, "manager", "order-manager", VAR_WEIGHT_APPROVED, true);
        assertThat(instance).isWaitingAt(TASK_CHECK_QUALITY);
        steps.passQuality(instance);
        steps.tagSendAndReceive(instance);
        steps.rate(JewelrySteps.shopToday(), "6650.00");
        steps.handOver(instance);
        assertThat(instance).isEnded();
        assertEquals(new BigDecimal("6650.00"), steps.view(order).bill().lines().get(1).amount(),
                "1.000 g extra weight at Rs.6,650/g");
    }

    @Test
    void aReadyPieceIsFollowedUpEveryFewDaysAndCannotBeHandedOverWithoutTheDaysRate() {
        JewelryOrderView order = steps.take(JewelryFixtures.customRing("BOR", today.plusDays(3)).build());
        ProcessInstance instance = steps.processOf(order);
        steps.issue(instance, 10.1);
        steps.receive(instance, 10.05, 10.0, true);
        steps.passQuality(instance);
        steps.tagSendAndReceive(instance);
        assertThat(instance).isWaitingAt(TASK_HAND_OVER);
        assertEquals(JewelrySteps.at(today, LocalTime.of(11, 0)).plusSeconds(3 * 86400),
                steps.timer(instance, TIMER_FOLLOW_UP).getDuedate().toInstant(), "every 3 days (follow-up-days)");

        JewelrySteps.clockAt(today.plusDays(3), LocalTime.of(11, 1));
        steps.fire(instance, TIMER_FOLLOW_UP);
        JewelrySteps.clockAt(today.plusDays(6), LocalTime.of(11, 2));
        steps.fire(instance, TIMER_FOLLOW_UP);
        assertThat(instance).hasPassed(SERVICE_FOLLOW_UP, END_CUSTOMER_FOLLOWED_UP).isWaitingAt(TASK_HAND_OVER);
        assertEquals(2, steps.sent(order.number(), NotificationEvent.JEWELRY_FOLLOW_UP).size());
        assertNotNull(steps.timer(instance, TIMER_FOLLOW_UP), "and again until collected");

        LocalDate handoverDay = today.plusDays(6);
        ConflictException noRate = assertThrows(ConflictException.class, () -> steps.handOver(instance));
        assertEquals("No GOLD 22K rate for " + handoverDay + ": the order manager enters today's rate before "
                + order.number() + " can be handed over", noRate.getMessage());
        assertThat(instance).isWaitingAt(TASK_HAND_OVER);
        assertEquals(JewelryState.READY, steps.view(order).state());
        assertEquals(null, steps.view(order).bill());

        steps.rate(handoverDay, "6700.00");
        steps.handOver(instance);
        assertThat(instance).isEnded();
        JewelryOrderView billed = steps.view(order);
        assertEquals(handoverDay, billed.billRateDate());
        assertEquals(new BigDecimal("6700.00"), billed.billRate(), "the rate of the handover day, not the order day");
        assertEquals(new BigDecimal("67000.00"), billed.bill().lines().get(0).amount());
    }

    @Test
    void theKarigarIsRemindedOncePerDueDateHoweverOftenThePieceGoesBack() {
        LocalDate due = today.plusDays(5);
        JewelryOrderView order = steps.take(JewelryFixtures.customRing("HO", due).build());
        ProcessInstance instance = steps.processOf(order);
        steps.issue(instance, 10.2);
        JewelrySteps.clockAt(due.minusDays(1), LocalTime.of(10, 1));
        steps.fire(instance, TIMER_DAY_BEFORE_DUE);
        assertEquals(1, steps.sent(order.number(), NotificationEvent.KARIGAR_REMINDER).size());

        // back the same day, 10% heavy, sent back: the re-armed reminder is already due and fires at once
        steps.receive(instance, 11.2, 11.0, true);
        steps.complete(instance, TASK_APPROVE_WEIGHT, "manager", "order-manager", VAR_WEIGHT_APPROVED, false,
                VAR_REWORK_REASON, "Too heavy");
        assertThat(instance).isWaitingAt(TASK_RECEIVE);
        steps.fire(instance, TIMER_DAY_BEFORE_DUE);
        assertThat(instance).isWaitingAt(TASK_RECEIVE);
        assertEquals(1, steps.sent(order.number(), NotificationEvent.KARIGAR_REMINDER).size(),
                "the karigar was told about this due date already");

        // overdue; the order manager agrees today as the new date: a "due tomorrow" would be wrong
        JewelrySteps.clockAt(due.plusDays(1), LocalTime.of(10, 1));
        steps.fire(instance, TIMER_OVERDUE);
        steps.complete(instance, TASK_CHASE_OVERDUE, "manager", "order-manager", VAR_NEW_DUE_DATE,
                due.plusDays(1).toString());
        steps.fire(instance, TIMER_DAY_BEFORE_DUE);
        assertEquals(1, steps.sent(order.number(), NotificationEvent.KARIGAR_REMINDER).size(),
                "no reminder on the due day itself");

        // overdue again; a date two days off is reminded of the day before it, once
        JewelrySteps.clockAt(due.plusDays(2), LocalTime.of(10, 1));
        steps.fire(instance, TIMER_OVERDUE);
        LocalDate agreed = due.plusDays(4);
        steps.complete(instance, TASK_CHASE_OVERDUE, "manager", "order-manager", VAR_NEW_DUE_DATE, agreed.toString());
        JewelrySteps.clockAt(agreed.minusDays(1), LocalTime.of(10, 1));
        steps.fire(instance, TIMER_DAY_BEFORE_DUE);
        var reminders = steps.sent(order.number(), NotificationEvent.KARIGAR_REMINDER);
        assertEquals(2, reminders.size());
        assertTrue(reminders.stream().anyMatch(m -> m.text().contains("due tomorrow (" + agreed + ")")), reminders.toString());
    }
}

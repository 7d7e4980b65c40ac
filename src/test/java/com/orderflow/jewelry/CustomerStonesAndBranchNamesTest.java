package com.orderflow.jewelry;

import static com.orderflow.jewelry.process.JewelryOrderProcess.TASK_RECEIVE;
import static com.orderflow.jewelry.process.JewelryOrderProcess.VAR_CUSTOMER_STONES_RETURNED;
import static com.orderflow.jewelry.process.JewelryOrderProcess.VAR_GROSS_GRAMS;
import static com.orderflow.jewelry.process.JewelryOrderProcess.VAR_NET_GRAMS;
import static com.orderflow.jewelry.process.JewelryOrderProcess.VAR_SAMPLES_RETURNED;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.notifications.NotificationEvent;
import com.orderflow.support.OrderflowSpringTest;

/**
 * Issue 12: after the karigar's receipt the customer's own stones said nothing about where they
 * went; the order page and the handover bill now say how many are set in the piece and how many
 * were handed back. And a customer's message names the branch in the customer's language.
 */
@OrderflowSpringTest
class CustomerStonesAndBranchNamesTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    JewelrySteps steps;
    @Autowired
    MockMvc mvc;
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

    @Test
    void theOrderPageAndTheBillSayWhichCustomerStonesAreSetInThePieceAndWhichWentBack() throws Exception {
        JewelryOrderView order = steps.take(JewelryFixtures.customRing("BOR", today.plusDays(10))
                .customerStones(3, "0.060", "diamond").build());
        var instance = steps.processOf(order);
        String page = "/jewelry/" + order.number();
        steps.issue(instance, 10.5);
        mvc.perform(get(page).with(httpBasic("manager", "manager123")))
                .andExpect(content().string(not(containsString("data-testid=\"stone-outcome\""))));

        steps.complete(instance, TASK_RECEIVE, "karigar", "karigar-desk", VAR_GROSS_GRAMS, 10.12, VAR_NET_GRAMS, 10.05,
                VAR_SAMPLES_RETURNED, true, VAR_CUSTOMER_STONES_RETURNED, 1L);
        mvc.perform(get(page).with(httpBasic("manager", "manager123")))
                .andExpect(content().string(containsString("2 set in the piece, 1 handed back to the customer")));
        mvc.perform(get(page + "?lang=mr").with(httpBasic("manager", "manager123")))
                .andExpect(content().string(containsString("2 दागिन्यात बसवले, 1 ग्राहकाला परत दिले")));

        steps.passQuality(instance);
        steps.tagSendAndReceive(instance);
        steps.rate(today, "6650.00");
        steps.handOver(instance);
        HandoverBill bill = steps.view(order).bill();
        HandoverBill.Line stones = bill.lines().stream().filter(l -> l.label().equals("Customer's stones")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for the customer's stones: " + bill.lines()));
        assertEquals("3 x diamond (0.060 g): 2 set in the piece, 1 handed back to the customer; not charged", stones.detail());
        assertEquals(new BigDecimal("0.00"), stones.amount());
        mvc.perform(get(page).with(httpBasic("biller", "biller123")))
                .andExpect(content().string(containsString("2 set in the piece, 1 handed back to the customer; not charged")));
    }

    @Test
    void aCustomerReadsTheBranchNameInHisOwnLanguage() {
        String marathi = readyMessage("mr");
        assertTrue(marathi.contains("बोरिवली"), marathi);
        assertFalse(marathi.contains("Borivali"), marathi);
        String hindi = readyMessage("hi");
        assertTrue(hindi.contains("बोरीवली"), hindi);
        assertTrue(readyMessage("en").contains("Borivali"));
    }

    private String readyMessage(String language) {
        JewelryOrderView order = steps.take(JewelryFixtures.customRing("BOR", today.plusDays(10)).language(language).build());
        var instance = steps.processOf(order);
        steps.issue(instance, 10.5);
        steps.receive(instance, 10.12, 10.05, true);
        steps.passQuality(instance);
        steps.tagSendAndReceive(instance);
        return steps.sent(order.number(), NotificationEvent.JEWELRY_READY).get(0).text();
    }
}

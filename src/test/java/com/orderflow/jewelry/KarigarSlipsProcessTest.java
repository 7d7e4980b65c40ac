package com.orderflow.jewelry;

import static com.orderflow.jewelry.process.JewelryDailyProcesses.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.orderflow.notifications.NotificationEvent;
import com.orderflow.support.OrderflowSpringTest;

/** karigar-slips.bpmn (J4): at 19:00 shop time every karigar with new work gets his slip, with the samples to take. */
@OrderflowSpringTest
class KarigarSlipsProcessTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Value("${orderflow.jewelry.slip-folder}")
    Path slipFolder;

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

    private Job endOfDayTimer() {
        return management.createJobQuery().processDefinitionKey(SLIPS_KEY).timers().singleResult();
    }

    private HistoricProcessInstance runTimer() {
        Set<String> before = history.createHistoricProcessInstanceQuery().processDefinitionKey(SLIPS_KEY).list().stream()
                .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        management.executeJob(endOfDayTimer().getId());
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(SLIPS_KEY).list().stream()
                .filter(h -> !before.contains(h.getId())).findFirst().orElseThrow();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            // words as a reader sees them: the slip wraps long lines
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theTimerFiresAtSevenInTheEveningShopTimeWhateverTheServersZone() {
        ZonedDateTime due = endOfDayTimer().getDuedate().toInstant().atZone(JewelrySteps.SHOP);
        assertEquals(LocalTime.of(19, 0), due.toLocalTime(), "the test JVM runs in UTC; the slip is for 19:00 IST");
    }

    @Test
    void eachKarigarGetsOneSlipWithEveryDetailAndTheSampleToTake() throws IOException {
        JewelrySteps.clockAt(LocalDate.now(JewelrySteps.SHOP).plusDays(800 + (long) (Math.random() * 300)),
                LocalTime.of(18, 59));
        LocalDate today = JewelrySteps.shopToday();
        JewelryOrderView order = steps.take(JewelryFixtures.customRing("BOR", today.plusDays(8)).metal(Metal.SILVER, "925")
                .customerStones(3, "0.060", "diamond").shopSample("Showcase ring R-17").build());
        assertEquals("salim", steps.view(order).karigarId(), "silver goes to Salim");

        HistoricProcessInstance run = runTimer();
        assertEquals("EndEvent_SlipsSent", run.getEndActivityId());

        Path slip = slipFolder.resolve("karigar-slip-" + today + "-salim.pdf");
        assertTrue(Files.exists(slip), slip + " was not printed");
        String text = text(slip);
        assertTrue(text.contains("Karigar slip - Salim Shaikh - " + today), text);
        assertTrue(text.contains(order.number() + " - due " + today.plusDays(8)), text);
        assertTrue(text.contains("Make: ring, SILVER 925"), text);
        assertTrue(text.contains("Target weight 10.000 g +/- 0.300 g"), text);
        assertTrue(text.contains("Design: as shop item T-000042"), text);
        assertTrue(text.contains("Size 14"), text);
        assertTrue(text.contains("Customer's stones: 3 x diamond (0.060 g)"), text);
        assertTrue(text.contains("TAKE THE SHOP SAMPLE: Showcase ring R-17 (collect it at the desk)"), text);

        var sent = steps.sent("K:salim", NotificationEvent.KARIGAR_SLIP);
        assertEquals(1, sent.stream().filter(m -> m.text().contains(order.number())).count());
        assertTrue(sent.get(0).text().contains("TAKE THE SHOP SAMPLE"), sent.get(0).text());

        runTimer();
        assertEquals(1, steps.sent("K:salim", NotificationEvent.KARIGAR_SLIP).stream()
                .filter(m -> m.text().contains(order.number())).count(), "an order is on one slip only");
        assertEquals(1, management.createJobQuery().processDefinitionKey(SLIPS_KEY).timers().count(),
                "tomorrow evening's timer is waiting");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SLIPS_KEY).singleResult()).isNull();
    }
}

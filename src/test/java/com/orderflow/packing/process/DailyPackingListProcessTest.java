package com.orderflow.packing.process;

import static com.orderflow.packing.process.DailyPackingListProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.inventory.StockRequests;
import com.orderflow.inventory.StockService;
import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.packing.DailyPackingList;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Every path of daily-packing-list.bpmn, driven by moving the engine clock to the evening timer:
 * tomorrow's advance bookings added up by product and size, printed, and a task for the packers;
 * an evening with nothing booked ends quietly.
 */
@OrderflowSpringTest
class DailyPackingListProcessTest {
    private static final ZoneId SHOP = ZoneId.of("Asia/Kolkata");

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    OrderService orders;
    @Autowired
    StockService stock;
    @Autowired
    DailyPackingList lists;
    @Autowired
    MockMvc mvc;
    @Value("${orderflow.packing.printer-folder}")
    Path printerFolder;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Job eveningTimer() {
        return management.createJobQuery().processDefinitionKey(KEY).timers().activityId(START_EVENING).singleResult();
    }

    private void moveClockTo(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
    }

    /** Runs the evening timer the way the job executor would once the clock reached it; returns the new instance. */
    private ProcessInstance fire(Job timer) {
        List<String> before = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
                .map(ProcessInstance::getId).toList();
        management.executeJob(timer.getId());
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
                .filter(p -> !before.contains(p.getId())).findFirst().orElse(null);
    }

    @Test
    void atSixInTheEveningTomorrowsBookingsArePrintedByProductAndSizeAndThePackersGetATask() throws Exception {
        Job timer = eveningTimer();
        Instant due = timer.getDuedate().toInstant();
        assertEquals(LocalTime.of(18, 0), due.atZone(SHOP).toLocalTime(), "18:00 in the shop's zone, whatever the server's");
        LocalDate tomorrow = due.atZone(SHOP).toLocalDate().plusDays(1);

        String sku = "PL-" + System.nanoTime() % 1_000_000;
        stock.addProduct(new StockRequests.NewProduct(sku, "Shrikhand", "500 g", new BigDecimal("500"),
                new BigDecimal("240"), 0, false), TestOrders.OWNER);
        String first = book(tomorrow, sku, 3);
        String second = book(tomorrow, sku, 2);
        String cancelled = book(tomorrow, sku, 7);
        orders.cancel(cancelled, "Customer cancelled the function", TestOrders.OWNER);
        book(tomorrow.plusDays(1), sku, 11);

        var dueNow = management.createJobQuery().jobId(timer.getId()).executable();
        moveClockTo(due.minusSeconds(60));
        assertEquals(0, dueNow.count(), "not before six");
        moveClockTo(due);
        assertEquals(1, dueNow.count(), "due at six");
        ProcessInstance instance = fire(timer);

        assertThat(instance).hasPassed(START_EVENING, SERVICE_PRINT_LIST).isWaitingAt(TASK_PACK_TOMORROWS_ORDERS);
        assertThat(instance).variables().containsEntry(VAR_PACKING_DATE, tomorrow.toString());
        var task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task).hasCandidateGroup("packer");

        DailyPackingList.Row row = lists.listFor(tomorrow, TestOrders.PACKER).rows().stream()
                .filter(r -> r.sku().equals(sku)).findFirst().orElseThrow();
        assertEquals(5, row.packs(), "3 + 2; the cancelled booking and the next day's do not count");
        assertEquals(List.of(first, second).stream().sorted().toList(), row.orders());

        Path pdf = printerFolder.resolve("packing-list-" + tomorrow + ".pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Shrikhand") && text.contains(first) && !text.contains(cancelled), text);
        }
        assertEquals(due.plusSeconds(86_400), eveningTimer().getDuedate().toInstant(), "and again tomorrow evening");

        String page = mvc.perform(get("/packing/list").param("date", tomorrow.toString())
                        .with(user("packer").roles("packer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertTrue(page.contains("data-testid=\"row-" + sku + "\"") && page.contains(second), "the printable page");
        mvc.perform(get("/packing/list.pdf").param("date", tomorrow.toString()).with(user("packer").roles("packer")))
                .andExpect(status().isOk());
        mvc.perform(get("/packing/list").with(user("ravi").roles("delivery"))).andExpect(status().isForbidden());

        tasks.complete(task.getId(), java.util.Map.of("packingListPrepared", true));
        assertThat(instance).hasPassed(END_PREPARED).isEnded();
    }

    @Test
    void anEveningWithNothingBookedForTomorrowEndsWithoutATask() {
        Job timer = eveningTimer();
        // years ahead no test has booked anything
        moveClockTo(timer.getDuedate().toInstant().plusSeconds(3L * 365 * 86_400));
        assertEquals(null, fire(timer), "no instance is left waiting");
        var ended = engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(END_NOTHING)
                .orderByHistoricActivityInstanceStartTime().desc().list();
        assertTrue(!ended.isEmpty(), "the evening ended at 'Nothing to pack'");
        assertEquals(0, tasks.createTaskQuery().processInstanceId(ended.get(0).getProcessInstanceId()).count());
    }

    private String book(LocalDate date, String sku, int packs) {
        return orders.create(new NewOrder(Channel.ADVANCE_BOOKING,
                new NewOrder.Customer("Meera Joshi", "98201 55555", "3 Temple Road", "Borivali West", "400092"), date,
                List.of(new NewOrder.Line(sku, "Shrikhand", "500 g", packs, new BigDecimal("240"), null))),
                TestOrders.BILLER).number();
    }
}

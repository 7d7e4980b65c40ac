package com.orderflow.orders.process;

import static com.orderflow.orders.process.OrderFulfilmentProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.orderflow.inventory.OrderStockService;
import com.orderflow.inventory.Pool;
import com.orderflow.inventory.StockRequests;
import com.orderflow.inventory.StockService;
import com.orderflow.inventory.TestStock;
import com.orderflow.notifications.CustomerReplied;
import com.orderflow.notifications.CustomerReply;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.notifications.Outbox;
import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderBoard;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderStatusChanged;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.TimelineEntry;
import com.orderflow.packing.PackingRecordView;
import com.orderflow.packing.PackingService;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** Every path of order-fulfilment.bpmn, driven as the staff would: create, pack, bill, dispatch, deliver. */
@OrderflowSpringTest
@RecordApplicationEvents
class OrderFulfilmentProcessTest {
    private static final ZoneId SHOP = ZoneId.of("Asia/Kolkata");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    OrderService orders;
    @Autowired
    ApplicationEvents events;
    @Autowired
    OrderStockService orderStock;
    @Autowired
    StockService stock;
    @Autowired
    OrderBoard board;
    @Autowired
    Outbox outbox;
    @Autowired
    TestStock testStock;
    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;
    @Autowired
    OrderDriver driver;
    @Autowired
    OrderLifecycle lifecycle;
    @Autowired
    PackingService packing;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    com.orderflow.orders.DuplicateOrderSettings duplicateSettings;
    @Value("${orderflow.packing.printer-folder}")
    Path printerFolder;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    private ProcessInstance processOf(OrderView order) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(order.number()).singleResult();
    }

    private OrderStatus statusOf(OrderView order) {
        return orders.get(order.number(), TestOrders.OWNER).status();
    }

    /** Completes the current task as a signed-in user, the way Tasklist does. */
    private void completeAs(String user, String group, ProcessInstance instance, Object... keyValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], keyValues[i + 1]);
        }
        identity.setAuthentication(user, List.of(group));
        try {
            complete(task(instance), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The packer claims "Pack order" (the slip prints), weighs the box and completes. */
    private void pack(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(TASK_PACK);
        assertThat(task(instance)).hasCandidateGroup("packer");
        tasks.claim(task(instance).getId(), "packer");
        completeAs("packer", "packer", instance, "allItemsPacked", true, VAR_PACKED_WEIGHT_GRAMS,
                driver.expectedWeightGrams(task(instance).getId()));
    }

    private void packAndBill(ProcessInstance instance) {
        pack(instance);
        assertThat(instance).isWaitingAt(TASK_BILL);
        assertThat(task(instance)).hasCandidateGroup("biller");
        completeAs("biller", "biller", instance, "paymentMode", "upi", "paymentReference", "UPI-123");
    }

    /** The delivery boy takes the order out on a run of one (the delivery-run process sends the message). */
    private void takeOut(ProcessInstance instance, String deliveryBoy) {
        assertThat(instance).isWaitingAt(EVENT_OUT_FOR_DELIVERY);
        driver.takeOut(instance.getBusinessKey(), deliveryBoy);
    }

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    private void moveClockTo(java.time.Instant at) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(at));
    }

    @Test
    void homeDeliveryGoesThroughEveryStatusAndRecordsWhoMovedIt() {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        assertThat(instance).hasPassed("Gateway_IsAdvanceBooking").isWaitingAt(TASK_PACK);
        assertEquals(OrderStatus.RECEIVED, statusOf(order));

        packAndBill(instance);
        assertThat(instance).isWaitingAt(EVENT_OUT_FOR_DELIVERY);
        assertEquals(OrderStatus.READY_FOR_DISPATCH, statusOf(order));

        takeOut(instance, "ravi");
        assertThat(instance).hasPassed(EVENT_OUT_FOR_DELIVERY).isWaitingAt(GATEWAY_DELIVERED_OR_RETURNED);
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, statusOf(order));
        assertEquals("ravi", orders.get(order.number(), TestOrders.OWNER).deliveryBoy());
        assertEquals("ravi", runtime.getVariable(instance.getId(), VAR_DELIVERY_BOY));

        driver.deliver(order.number());
        assertThat(instance).hasPassed(EVENT_DELIVERED, END_DELIVERED).hasNotPassed(EVENT_RETURNED).isEnded();
        assertThat(instance).variables().containsEntry(VAR_DELIVERY_OUTCOME, OUTCOME_DELIVERED).containsKey(VAR_PROOF_ID);
        assertEquals(OrderStatus.DELIVERED, statusOf(order));

        List<TimelineEntry> timeline = orders.timeline(order.number(), TestOrders.OWNER);
        assertEquals(List.of(OrderStatus.RECEIVED, OrderStatus.PACKED, OrderStatus.BILLED,
                OrderStatus.READY_FOR_DISPATCH, OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED),
                timeline.stream().map(TimelineEntry::to).toList());
        assertEquals(List.of("biller", "packer", "biller", "biller", "ravi", "ravi"),
                timeline.stream().map(TimelineEntry::actor).toList());
        assertEquals(null, timeline.get(0).from());
        assertEquals(OrderStatus.RECEIVED, timeline.get(1).from());

        // other modules (notifications) hear of every status exactly once
        assertEquals(timeline.stream().map(TimelineEntry::to).toList(), events.stream(OrderStatusChanged.class)
                .filter(e -> e.orderNumber().equals(order.number())).map(OrderStatusChanged::to).toList());
    }

    @Test
    void aReturnedDeliveryEndsTheOrderAsReturned() {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        packAndBill(instance);
        takeOut(instance, "imran");
        driver.bringBack(order.number(), "Box crushed, customer refused");
        assertThat(instance).hasPassed(EVENT_RETURNED, END_RETURNED).isEnded();
        assertThat(instance).variables().containsEntry(VAR_RETURN_REASON, "Box crushed, customer refused");
        assertEquals(OrderStatus.RETURNED, statusOf(order));
        assertEquals("imran", orders.timeline(order.number(), TestOrders.OWNER).get(5).actor());
    }

    @Test
    void anAdvanceBookingWaitsUntilTheMorningBeforeItsDeliveryDate() {
        LocalDate deliveryDate = LocalDate.now(SHOP).plusDays(3);
        OrderView order = orders.create(TestOrders.advanceBooking(deliveryDate), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        assertThat(instance).isWaitingAt(TIMER_DAY_BEFORE_DISPATCH);
        java.time.Instant dayBefore = ZonedDateTime.of(deliveryDate.minusDays(1), java.time.LocalTime.of(9, 0), SHOP)
                .toInstant();
        assertEquals(dayBefore, job(TIMER_DAY_BEFORE_DISPATCH, instance).getDuedate().toInstant());
        assertTrue(tasks.createTaskQuery().processInstanceId(instance.getId()).list().isEmpty(),
                "nobody packs an advance booking before the day before dispatch");

        // the engine clock a minute before the reminder: the timer is not due; at the reminder it is
        var dueTimers = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_DAY_BEFORE_DISPATCH).executable();
        moveClockTo(dayBefore.minusSeconds(60));
        assertEquals(0, dueTimers.count());
        moveClockTo(dayBefore);
        assertEquals(1, dueTimers.count());
        execute(job(TIMER_DAY_BEFORE_DISPATCH, instance));
        assertThat(instance).hasPassed(TIMER_DAY_BEFORE_DISPATCH, "ServiceTask_RemindCustomer").isWaitingAt(TASK_PACK);
        assertEquals(1, outbox.list(null, order.number(), TestOrders.OWNER).stream()
                .filter(n -> n.event() == NotificationEvent.DAY_BEFORE_DISPATCH).count(), "the customer is reminded once");
        packAndBill(instance);
        takeOut(instance, "ravi");
        driver.deliver(order.number());
        assertThat(instance).hasNotPassed(TIMER_PROMISE_PASSED).isEnded();
        assertEquals(OrderStatus.DELIVERED, statusOf(order));
    }

    @ParameterizedTest(name = "cancelled while waiting at {0}")
    @ValueSource(strings = {TIMER_DAY_BEFORE_DISPATCH, TASK_PACK, TASK_BILL, EVENT_OUT_FOR_DELIVERY,
            GATEWAY_DELIVERED_OR_RETURNED})
    void anOrderCanBeCancelledFromEveryWaitingStep(String waitingAt) {
        boolean advance = waitingAt.equals(TIMER_DAY_BEFORE_DISPATCH);
        int stockBefore = counterStock("KK-1KG") + counterStock("MOD-500") + counterStock("KAR-250");
        OrderView order = orders.create(advance ? TestOrders.advanceBooking(LocalDate.now(SHOP).plusDays(5))
                : TestOrders.homeDelivery(), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        if (!advance && !waitingAt.equals(TASK_PACK)) {
            pack(instance);
            if (!waitingAt.equals(TASK_BILL)) {
                completeAs("biller", "biller", instance, "paymentMode", "cash");
                if (!waitingAt.equals(EVENT_OUT_FOR_DELIVERY)) {
                    takeOut(instance, "ravi");
                }
            }
        }
        assertThat(instance).isWaitingAt(waitingAt);

        orders.cancel(order.number(), "Customer called to cancel", TestOrders.OWNER);

        boolean packed = !advance && !waitingAt.equals(TASK_PACK);
        if (packed) {
            // the books have the packs back already; the packer is asked to put them on the shelf
            assertThat(instance).hasPassed("ServiceTask_ReleaseStock", "Gateway_WasItPacked")
                    .isWaitingAt(TASK_UNPACK_CANCELLED);
            assertThat(task(instance)).hasCandidateGroup("packer");
            assertEquals("Customer called to cancel", runtime.getVariable(instance.getId(), VAR_CANCEL_REASON));
            driver.unpack(order.number());
            assertThat(instance).hasPassed(END_UNPACKED).hasNotPassed(END_CANCELLED).isEnded();
        } else {
            assertThat(instance).hasPassed("StartEvent_OrderCancelled", "ServiceTask_CancelOrder", END_CANCELLED)
                    .hasNotPassed(TASK_UNPACK_CANCELLED).isEnded();
        }
        OrderView cancelled = orders.get(order.number(), TestOrders.OWNER);
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals("Customer called to cancel", cancelled.cancelReason());
        List<TimelineEntry> timeline = orders.timeline(order.number(), TestOrders.OWNER);
        assertEquals("owner", timeline.get(timeline.size() - 1).actor());
        // the step it was waiting at never happened: its status is not in the timeline, and the
        // customer is not told of it
        OrderStatus reached = switch (waitingAt) {
            case TASK_BILL -> OrderStatus.PACKED;
            case EVENT_OUT_FOR_DELIVERY -> OrderStatus.READY_FOR_DISPATCH;
            case GATEWAY_DELIVERED_OR_RETURNED -> OrderStatus.OUT_FOR_DELIVERY;
            default -> OrderStatus.RECEIVED;
        };
        assertEquals(reached, timeline.get(timeline.size() - 2).to());
        assertEquals(OrderStatus.CANCELLED, timeline.get(timeline.size() - 1).to());
        if (waitingAt.equals(EVENT_OUT_FOR_DELIVERY)) {
            assertTrue(outbox.list(null, order.number(), TestOrders.OWNER).stream()
                    .noneMatch(n -> n.event() == NotificationEvent.OUT_FOR_DELIVERY));
        }
        assertTrue(tasks.createTaskQuery().processInstanceId(instance.getId()).list().isEmpty());
        assertEquals(stockBefore, counterStock("KK-1KG") + counterStock("MOD-500") + counterStock("KAR-250"),
                "reserved or packed, the goods are back on the counter");
    }

    private int counterStock(String sku) {
        return testStock.balance(sku, Pool.COUNTER);
    }

    @Test
    void aTaskCompletionCannotRedirectTheProcessToAnotherOrder() {
        OrderView mine = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        OrderView other = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        long otherId = (Long) runtime.getVariable(processOf(other).getId(), VAR_ORDER_ID);
        completeAs("packer", "packer", processOf(mine), "allItemsPacked", true, VAR_PACKED_WEIGHT_GRAMS, 2500,
                VAR_ORDER_ID, otherId);
        assertEquals(OrderStatus.PACKED, statusOf(mine));
        assertEquals(OrderStatus.RECEIVED, statusOf(other));
    }

    @Test
    void anAdvanceBookingSetsItsStockAsideAndACancellationPutsItBack() {
        OrderView order = orders.create(TestOrders.advanceBooking(LocalDate.now(SHOP).plusDays(4)), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        assertThat(instance).hasPassed("ServiceTask_ReserveStock").isWaitingAt(TIMER_DAY_BEFORE_DISPATCH);
        assertEquals(Map.of("KAR-250", 8), orderStock.reservedFor(order.number()));
        assertEquals(Boolean.TRUE, runtime.getVariable(instance.getId(), VAR_STOCK_RESERVED));

        orders.cancel(order.number(), "Wedding postponed", TestOrders.OWNER);
        assertThat(instance).hasPassed("ServiceTask_ReleaseStock", END_CANCELLED).isEnded();
        assertEquals(Map.of(), orderStock.reservedFor(order.number()));
    }

    @Test
    void packingMoreThanTheBooksHoldStopsUntilTheStockIsPutRight() {
        String sku = "SHORT-" + System.nanoTime() % 100000;
        stock.addProduct(new StockRequests.NewProduct(sku, "Anjeer Barfi", "500 g", new BigDecimal("500"),
                new BigDecimal("700"), 0, false), TestOrders.OWNER);
        OrderView order = orders.create(new NewOrder(Channel.ADVANCE_BOOKING,
                new NewOrder.Customer("Asha Pai", "9820012345", null, "Dahisar East", "400068"),
                LocalDate.now(SHOP).plusDays(2),
                List.of(new NewOrder.Line(sku, "Anjeer Barfi", "500 g", 2, new BigDecimal("700"), null))),
                TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        assertEquals(Boolean.FALSE, runtime.getVariable(instance.getId(), VAR_STOCK_RESERVED));
        assertTrue(board.board(TestOrders.OWNER).columns().get(OrderStatus.RECEIVED).stream()
                .anyMatch(card -> card.number().equals(order.number()) && card.backorder()), "flagged as backorder");

        execute(job(TIMER_DAY_BEFORE_DISPATCH, instance));
        pack(instance);
        assertThat(instance).hasPassed("BoundaryEvent_StockShort").isWaitingAt(TASK_RESOLVE_STOCK_SHORTAGE);
        assertThat(task(instance)).hasCandidateGroup("packer");
        assertTrue(((String) runtime.getVariable(instance.getId(), VAR_STOCK_PROBLEM)).contains("Anjeer Barfi"));
        assertEquals(OrderStatus.RECEIVED, statusOf(order), "not packed while the books disagree");

        stock.receive(new StockRequests.Receipt(sku, "B-" + sku, LocalDate.now(SHOP), LocalDate.now(SHOP).plusDays(20),
                5, Pool.COUNTER), TestOrders.OWNER);
        completeAs("packer", "packer", instance, "stockCorrected", true);
        assertThat(instance).hasPassed("ServiceTask_TakePackedStock").isWaitingAt(TASK_BILL);
        assertEquals(OrderStatus.PACKED, statusOf(order));
        List<PackingRecordView> packings = packing.recordsOf(order.number());
        assertEquals(1, packings.size(), "recorded once, when the stock was taken");
        assertTrue(packings.get(0).batches().contains("B-" + sku), packings.get(0).batches());
    }

    @Test
    void theCustomersAnswerToTheReminderReachesTheOrder() {
        OrderView order = orders.create(TestOrders.advanceBooking(LocalDate.now(SHOP).plusDays(2)), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        execute(job(TIMER_DAY_BEFORE_DISPATCH, instance));
        assertThat(instance).isWaitingAt(TASK_PACK);

        publisher.publishEvent(new CustomerReplied(order.number(), CustomerReply.CONFIRM));
        assertThat(instance).hasPassed("ServiceTask_RecordConfirmation", "EndEvent_ConfirmationRecorded")
                .isWaitingAt(TASK_PACK);
        assertTrue(orders.story(order.number(), TestOrders.OWNER).stream()
                .anyMatch(e -> e.action().equals("CUSTOMER_CONFIRMED")));

        publisher.publishEvent(new CustomerReplied(order.number(), CustomerReply.RESCHEDULE));
        var call = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_RESCHEDULE_DELIVERY).singleResult();
        assertEquals("customer-care", tasks.getIdentityLinksForTask(call.getId()).get(0).getGroupId());
        tasks.complete(call.getId(), Map.of("rescheduleNote", "Moved to Sunday, customer will confirm"));
        assertThat(instance).hasPassed("EndEvent_RescheduleHandled").isWaitingAt(TASK_PACK);
    }

    @Test
    void anOrderGoesOutOnlyOnARunAndOnlyWhenItIsReadyForDispatch() {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        pack(instance);
        assertThrows(ConflictException.class, () -> driver.takeOut(order.number(), "ravi"), "not billed yet");
        assertThat(instance).isWaitingAt(TASK_BILL);
        assertEquals(OrderStatus.PACKED, statusOf(order));
        assertEquals(null, orders.get(order.number(), TestOrders.OWNER).deliveryBoy());

        completeAs("biller", "biller", instance, "paymentMode", "cash");
        assertThrows(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class,
                () -> runtime.createMessageCorrelation(MESSAGE_DELIVERED)
                .processInstanceBusinessKey(order.number()).correlateWithResult(),
                "nothing is delivered before it went out");
        assertThat(instance).isWaitingAt(EVENT_OUT_FOR_DELIVERY);
    }

    @Test
    void anExpressOrderPastItsPromiseTurnsRedAndGivesTheAdminAFollowUpTask() {
        var express = TestOrders.homeDelivery();
        express = new NewOrder(express.channel(), express.customer(), null, express.lines(), null,
                com.orderflow.orders.DeliveryPromise.EXPRESS);
        OrderView order = orders.create(express, TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        assertEquals(order.createdAt().plus(java.time.Duration.ofHours(2)), order.promisedBy(), "express: two hours");
        var promiseTimer = job(TIMER_PROMISE_PASSED, instance);
        assertEquals(order.promisedBy(), promiseTimer.getDuedate().toInstant());
        assertTrue(card(order).stream().noneMatch(c -> c.pastPromise()), "within its promise");

        moveClockTo(order.promisedBy().plusSeconds(60));
        assertTrue(card(order).stream().allMatch(c -> c.pastPromise() && c.late() && c.colour().equals("red")),
                "past its promise it is red on the board");
        execute(promiseTimer);
        assertThat(instance).hasPassed(TIMER_PROMISE_PASSED).isWaitingAt(TASK_PACK, TASK_LATE_DELIVERY);
        var followUp = openTask(instance, TASK_LATE_DELIVERY);
        assertThat(followUp).hasCandidateGroup("admin");

        // the order goes on; the admin's note closes the follow-up
        driver.pack(order.number());
        tasks.complete(followUp.getId(), Map.of("lateFollowUpNote", "Called Sita: on its way within the hour"));
        assertThat(instance).hasPassed("EndEvent_LateDeliveryFollowedUp").isWaitingAt(TASK_BILL);
    }

    @Test
    void aStandardPromiseRunsToTheBookedSlotOrTheEndOfTheDay() {
        LocalDate date = LocalDate.now(SHOP).plusDays(2);
        var booking = TestOrders.advanceBooking(date);
        OrderView morning = orders.create(new NewOrder(booking.channel(), booking.customer(), date, booking.lines(),
                com.orderflow.orders.DeliverySlot.MORNING, null), TestOrders.BILLER);
        assertEquals(ZonedDateTime.of(date, java.time.LocalTime.of(12, 0), SHOP).toInstant(), morning.promisedBy());
        assertEquals(com.orderflow.orders.DeliveryPromise.STANDARD, morning.promise());
        OrderView anyTime = orders.create(booking, TestOrders.BILLER);
        assertEquals(ZonedDateTime.of(date, java.time.LocalTime.of(21, 0), SHOP).toInstant(), anyTime.promisedBy());
    }

    private List<com.orderflow.orders.OrderSummary> card(OrderView order) {
        return board.board(TestOrders.OWNER).columns().values().stream().flatMap(List::stream)
                .filter(c -> c.number().equals(order.number())).toList();
    }

    private static NewOrder.Line line(String sku, String product, String size, int quantity, String price) {
        return new NewOrder.Line(sku, product, size, quantity, new BigDecimal(price), null);
    }

    private org.camunda.bpm.engine.task.Task openTask(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    @Test
    void aBillChangeAfterPackingGivesThePackerAnAdjustTaskAtOnceAndMovesTheStock() throws Exception {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        pack(instance);
        assertThat(instance).isWaitingAt(TASK_BILL);
        int kaju = counterStock("KK-1KG");
        int modak = counterStock("MOD-500");
        int karanji = counterStock("KAR-250");

        String changes = lifecycle.changeLinesAfterPacking(order.number(), List.of(
                line("KK-1KG", "Kaju Katli", "1 kg", 3, "1200"),
                line("KAR-250", "Karanji", "250 g", 2, "180")), "Customer wants one more box, no modak", "biller");

        assertEquals("Kaju Katli 1 kg: 2 → 3; Ukadiche Modak 500 g: removed; Karanji 250 g: new, 2", changes);
        assertThat(instance).hasPassed("StartEvent_BillChanged").isWaitingAt(TASK_BILL, TASK_ADJUST_PACKING);
        var adjust = openTask(instance, TASK_ADJUST_PACKING);
        assertThat(adjust).hasCandidateGroup("packer").isNotAssigned();
        assertEquals(changes, tasks.getVariable(adjust.getId(), VAR_PACKING_CHANGES));
        assertEquals(kaju - 1, counterStock("KK-1KG"), "the added box is taken from the counter");
        assertEquals(modak + 1, counterStock("MOD-500"), "the removed box is back on the counter");
        assertEquals(karanji - 2, counterStock("KAR-250"));
        OrderView changed = orders.get(order.number(), TestOrders.OWNER);
        assertEquals(List.of("KK-1KG", "KAR-250"), changed.lines().stream().map(OrderView.LineView::sku).toList());
        assertEquals(OrderStatus.PACKED, changed.status(), "a bill change does not move the order back");
        assertEquals("Kaju Katli 1 kg × 3; Karanji 250 g × 2", runtime.getVariable(instance.getId(), VAR_ORDER_SUMMARY));
        assertTrue(orders.story(order.number(), TestOrders.OWNER).stream().anyMatch(e ->
                e.action().equals("ORDER_LINES_CHANGED") && e.details().contains("no modak")));

        // claiming prints a fresh slip with the new contents; the box is weighed again
        Files.deleteIfExists(printerFolder.resolve(order.number() + "-packing-slip-2.pdf"));
        tasks.claim(adjust.getId(), "packer");
        assertEquals("3500", tasks.getVariable(adjust.getId(), VAR_EXPECTED_WEIGHT_GRAMS));
        assertEquals(null, tasks.getVariable(adjust.getId(), VAR_PACKED_WEIGHT_GRAMS), "the old weight is not offered");
        assertTrue(Files.exists(printerFolder.resolve(order.number() + "-packing-slip-2.pdf")));
        tasks.complete(adjust.getId(), Map.of("packingAdjusted", true, VAR_PACKED_WEIGHT_GRAMS, 3540));
        assertThat(instance).hasPassed(END_PACKING_ADJUSTED).isWaitingAt(TASK_BILL);
        PackingRecordView adjusted = packing.recordsOf(order.number()).get(1);
        assertEquals("ADJUST", adjusted.kind());
        assertEquals("packer", adjusted.packer());
        assertEquals(0, new BigDecimal("3540").compareTo(adjusted.packedWeightGrams()));
        assertEquals(0, new BigDecimal("3500").compareTo(adjusted.expectedWeightGrams()));
        assertTrue(adjusted.batches().contains("Karanji 250 g: batch TEST-KAR-250") && !adjusted.batches().contains("Modak"),
                adjusted.batches());

        // a cancellation now puts back what the box holds after the change
        orders.cancel(order.number(), "Customer changed his mind", TestOrders.OWNER);
        assertThat(instance).isWaitingAt(TASK_UNPACK_CANCELLED);
        assertEquals(kaju + 2, counterStock("KK-1KG"));
        assertEquals(modak + 1, counterStock("MOD-500"));
        assertEquals(karanji, counterStock("KAR-250"));
    }

    @Test
    void eachBillChangeGetsItsOwnAdjustTaskWithItsOwnChanges() {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        packAndBill(instance);
        assertThat(instance).isWaitingAt(EVENT_OUT_FOR_DELIVERY);

        lifecycle.changeLinesAfterPacking(order.number(), List.of(line("KK-1KG", "Kaju Katli", "1 kg", 2, "1200")),
                "Modak out of season", "biller");
        lifecycle.changeLinesAfterPacking(order.number(), List.of(line("KK-1KG", "Kaju Katli", "1 kg", 1, "1200")),
                "One box is enough", "biller");

        List<Object> changes = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_ADJUST_PACKING).orderByTaskCreateTime().asc().list().stream()
                .map(t -> tasks.getVariable(t.getId(), VAR_PACKING_CHANGES)).toList();
        assertEquals(2, changes.size());
        assertTrue(changes.contains("Ukadiche Modak 500 g: removed"), changes.toString());
        assertTrue(changes.contains("Kaju Katli 1 kg: 2 → 1"), changes.toString());
        assertThat(instance).isWaitingAt(EVENT_OUT_FOR_DELIVERY, TASK_ADJUST_PACKING);
    }

    @Test
    void aPriceOnlyBillChangeGivesThePackerNothingToDo() {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        pack(instance);
        String changes = lifecycle.changeLinesAfterPacking(order.number(), List.of(
                line("KK-1KG", "Kaju Katli", "1 kg", 2, "1200").discounted(new BigDecimal("200"), null),
                line("MOD-500", "Ukadiche Modak", "500 g", 1, "450")), "Festival price", "biller");
        assertEquals("", changes);
        assertThat(instance).hasNotPassed("StartEvent_BillChanged").isWaitingAt(TASK_BILL);
        assertEquals(new BigDecimal("2650.00"), orders.get(order.number(), TestOrders.OWNER).total());
    }

    @Test
    void aBillChangeIsRefusedBeforePackingAndWhenTheCounterIsShort() {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        List<NewOrder.Line> more = List.of(line("KK-1KG", "Kaju Katli", "1 kg", 3, "1200"));
        assertThrows(ConflictException.class,
                () -> lifecycle.changeLinesAfterPacking(order.number(), more, "one more", "biller"),
                "before packing the order itself is edited, not through the bill");

        String sku = testStock.product(3);
        OrderView few = orders.create(new NewOrder(Channel.PHONE,
                new NewOrder.Customer("Asha Pai", "9820012345", null, "Dahisar East", "400068"), null,
                List.of(line(sku, "Kaju Katli", "1 kg", 2, "1200"))), TestOrders.BILLER);
        ProcessInstance instance = processOf(few);
        pack(instance);
        assertEquals(1, counterStock(sku));

        ConflictException shortage = assertThrows(ConflictException.class, () -> lifecycle.changeLinesAfterPacking(
                few.number(), List.of(line(sku, "Kaju Katli", "1 kg", 5, "1200")), "bigger party", "biller"));
        assertTrue(shortage.getMessage().contains("lines[0].quantity") && shortage.getMessage().contains("Only 1"),
                shortage.getMessage());
        assertEquals(1, counterStock(sku), "nothing moved");
        assertEquals(2, orders.get(few.number(), TestOrders.OWNER).lines().get(0).quantity());
        assertThat(instance).isWaitingAt(TASK_BILL);
        assertEquals(null, openTask(instance, TASK_ADJUST_PACKING));

        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> lifecycle
                .changeLinesAfterPacking(few.number(), List.of(line("NO-SUCH", "Ghost", null, 1, "10")), "typo", "biller"));
        assertTrue(invalid.problems().stream().anyMatch(p -> p.field().equals("lines[0].sku")), invalid.problems().toString());
    }

    @Test
    void anOrderCancelledWhileThePackerHoldsItNeedsUnpacking() {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        tasks.claim(task(instance).getId(), "packer");
        orders.cancel(order.number(), "Ordered twice", TestOrders.OWNER);
        assertThat(instance).hasPassed("Gateway_WasItPacked").isWaitingAt(TASK_UNPACK_CANCELLED);
        assertEquals(0, engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_PROMISE_PASSED).count(), "a cancelled order is never followed up as late");
    }

    @Test
    void packingNeedsAWeightTheScaleCouldHaveReadAndRecordsWhatWasPacked() {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        ProcessInstance instance = processOf(order);
        String taskId = task(instance).getId();
        tasks.claim(taskId, "packer");
        assertEquals("2500", tasks.getVariable(taskId, VAR_EXPECTED_WEIGHT_GRAMS));
        String plan = (String) tasks.getVariable(taskId, VAR_PLANNED_BATCHES);
        assertTrue(plan.contains("Kaju Katli 1 kg: batch TEST-KK-1KG") && plan.contains("× 2"), plan);
        assertEquals(plan, tasks.getVariable(taskId, VAR_PACKED_BATCHES), "the form offers the plan to correct");

        for (Object bad : new Object[] {null, 0, -5, 25_000, "two kilo"}) {
            Map<String, Object> values = new HashMap<>(Map.of("allItemsPacked", true));
            values.put(VAR_PACKED_WEIGHT_GRAMS, bad);
            Exception refused = assertThrows(Exception.class, () -> tasks.complete(taskId, values), "weight " + bad);
            assertTrue(refused.getMessage().contains(VAR_PACKED_WEIGHT_GRAMS), refused.getMessage());
            Throwable cause = refused;
            while (!(cause instanceof InvalidInputException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertEquals(VAR_PACKED_WEIGHT_GRAMS, ((InvalidInputException) cause).problems().get(0).field());
            assertThat(instance).isWaitingAt(TASK_PACK);
        }
        tasks.complete(taskId, Map.of("allItemsPacked", true, VAR_PACKED_WEIGHT_GRAMS, 2610,
                VAR_PACKED_BATCHES, "KK from the new tray"));
        assertThat(instance).isWaitingAt(TASK_BILL);
        List<PackingRecordView> records = packing.recordsOf(order.number());
        assertEquals(1, records.size());
        PackingRecordView record = records.get(0);
        assertEquals("PACK", record.kind());
        assertEquals("packer", record.packer());
        assertEquals(0, new BigDecimal("2610").compareTo(record.packedWeightGrams()));
        assertEquals(0, new BigDecimal("2500").compareTo(record.expectedWeightGrams()));
        assertEquals("KK from the new tray", record.batchNote());
        assertTrue(record.batches().contains("Ukadiche Modak 500 g: batch TEST-MOD-500"), record.batches());
    }

    @Test
    void aClaimThatRollsBackPrintsNothing() throws Exception {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        String taskId = task(processOf(order)).getId();
        Path slip = printerFolder.resolve(order.number() + "-packing-slip-1.pdf");
        Files.deleteIfExists(slip); // order numbers start again with each test database; the folder does not

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tasks.claim(taskId, "packer");
            tx.setRollbackOnly();
        });
        assertEquals(null, tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee());
        assertTrue(Files.notExists(slip), "a rolled-back claim printed a slip");

        tasks.claim(taskId, "packer");
        assertTrue(Files.size(slip) > 1000, "the committed claim printed its slip");
    }

    /** Sita's usual order from a phone no other test uses, so that only this test's orders can be twins. */
    private static NewOrder fromNewPhone(String phone, NewOrder.Line... lines) {
        return new NewOrder(Channel.PHONE, new NewOrder.Customer("Sita Rao", phone, "12 Shanti Nagar", "Dahisar East",
                "400068"), null, lines.length == 0 ? TestOrders.homeDelivery().lines() : List.of(lines));
    }

    /** Places orders with the duplicate hold on (10 minutes), as in production; the test profile turns it off. */
    private <T> T withDuplicateHold(java.util.function.Supplier<T> work) {
        duplicateSettings.setWindow(java.time.Duration.ofMinutes(10));
        try {
            return work.get();
        } finally {
            duplicateSettings.setWindow(java.time.Duration.ZERO);
        }
    }

    @Test
    void theSameItemsFromTheSamePhoneWithinTenMinutesAreHeldUntilReleasedToPacking() {
        OrderView first = withDuplicateHold(() -> orders.create(fromNewPhone("98711 00001"), TestOrders.BILLER));
        // the same phone written another way, the same items in another order of lines
        var lines = TestOrders.homeDelivery().lines();
        OrderView second = withDuplicateHold(() -> orders.create(
                fromNewPhone("+91 98711 00001", lines.get(1), lines.get(0)), TestOrders.BILLER));
        assertThat(processOf(first)).isWaitingAt(TASK_PACK);
        ProcessInstance held = processOf(second);
        assertThat(held).hasPassed("ServiceTask_CheckForDuplicate").isWaitingAt(TASK_POSSIBLE_DUPLICATE);
        assertThat(held).variables().containsEntry(VAR_DUPLICATE_OF, first.number());
        assertThat(task(held)).hasCandidateGroup("order-manager");
        assertTrue(task(held).getName().contains(second.number()), task(held).getName());
        assertTrue(tasks.createTaskQuery().processInstanceId(held.getId()).taskDefinitionKey(TASK_PACK).list().isEmpty(),
                "nobody packs it while it is held");

        completeAs("manager", "order-manager", held, VAR_DUPLICATE_DECISION, DECISION_RELEASE);
        assertThat(held).hasPassed("Gateway_ReleaseOrCancelDuplicate").isWaitingAt(TASK_PACK);
        assertEquals(OrderStatus.RECEIVED, statusOf(second));
    }

    @Test
    void aHeldDuplicateCanBeCancelledInTheManagersName() {
        withDuplicateHold(() -> orders.create(fromNewPhone("98711 00002"), TestOrders.BILLER));
        OrderView second = withDuplicateHold(() -> orders.create(fromNewPhone("98711 00002"), TestOrders.BILLER));
        ProcessInstance held = processOf(second);
        assertThat(held).isWaitingAt(TASK_POSSIBLE_DUPLICATE);

        completeAs("meena", "order-manager", held, VAR_DUPLICATE_DECISION, DECISION_CANCEL, VAR_CANCELLED_BY, "someone-else");
        assertThat(held).hasPassed("ServiceTask_CancelDuplicateOrder", END_DUPLICATE_CANCELLED).isEnded();
        assertEquals(OrderStatus.CANCELLED, statusOf(second));
        List<TimelineEntry> timeline = orders.timeline(second.number(), TestOrders.OWNER);
        assertEquals("meena", timeline.get(timeline.size() - 1).actor(), "the form cannot name who cancelled");
    }

    @Test
    void otherItemsAnOlderOrderOrACancelledOneDoNotHoldANewOrder() {
        OrderView first = withDuplicateHold(() -> orders.create(fromNewPhone("98711 00003"), TestOrders.BILLER));
        OrderView otherItems = withDuplicateHold(() -> orders.create(
                fromNewPhone("98711 00003", NewOrder.Line.of("KK-1KG", 1)), TestOrders.BILLER));
        assertThat(processOf(otherItems)).hasNotPassed(TASK_POSSIBLE_DUPLICATE).isWaitingAt(TASK_PACK);

        moveClockTo(java.time.Instant.now().plus(java.time.Duration.ofMinutes(11)));
        OrderView later = withDuplicateHold(() -> orders.create(fromNewPhone("98711 00003"), TestOrders.BILLER));
        assertThat(processOf(later)).isWaitingAt(TASK_PACK);

        // eleven minutes on, the first order is too old to count, and the one within the window was cancelled
        orders.cancel(later.number(), "customer changed their mind", TestOrders.OWNER);
        OrderView again = withDuplicateHold(() -> orders.create(fromNewPhone("98711 00003"), TestOrders.BILLER));
        assertThat(processOf(again)).isWaitingAt(TASK_PACK);
        assertTrue(first.createdAt().isBefore(again.createdAt().minus(java.time.Duration.ofMinutes(10))));
    }
}

package com.orderflow.returns.process;

import static com.orderflow.returns.process.ReturnsProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.billing.BillView;
import com.orderflow.billing.BillingService;
import com.orderflow.billing.PaymentMode;
import com.orderflow.billing.PaymentRequest;
import com.orderflow.billing.PaymentService;
import com.orderflow.inventory.Pool;
import com.orderflow.inventory.TestStock;
import com.orderflow.notifications.NotificationView;
import com.orderflow.notifications.Outbox;
import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.returns.GoodsState;
import com.orderflow.returns.NewReturn;
import com.orderflow.returns.PackOutcome;
import com.orderflow.returns.ReturnDecision;
import com.orderflow.returns.ReturnReason;
import com.orderflow.returns.ReturnService;
import com.orderflow.returns.ReturnSource;
import com.orderflow.returns.ReturnState;
import com.orderflow.returns.ReturnView;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/**
 * Every path of returns.bpmn, driven as the staff would: an order delivered (or brought back), a
 * return opened, the biller's (and manager's) decision in Tasklist, the packer's inspection. Each
 * path checks where the stock ends up and what the customer's money did.
 */
@OrderflowSpringTest
class ReturnsProcessTest {
    private static final BigDecimal PRICE = new BigDecimal("1200.00");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    ReturnService returns;
    @Autowired
    BillingService billing;
    @Autowired
    PaymentService payments;
    @Autowired
    TestStock stock;
    @Autowired
    Outbox outbox;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    /** A product that keeps {@code days} days, with 20 packs of batch B1 on the counter. */
    private String product(boolean restockable, int days) {
        return product("Test sweet", "1200", restockable, days);
    }

    /** A product at this price that keeps {@code days} days, with 20 packs of batch B1 on the counter. */
    private String product(String name, String price, boolean restockable, int days) {
        String sku = stock.product(name, price, 0, restockable);
        stock.receive(sku, "B1", 20, days - 1);
        return sku;
    }

    private static NewOrder orderOf(String sku, int packs) {
        return new NewOrder(Channel.PHONE, new NewOrder.Customer("Meera Joshi", "98200 " + (10000 + (int) (Math.random()
                * 89999)), "4 Tilak Road", "Dahisar East", "400068"), null,
                List.of(new NewOrder.Line(sku, "Test sweet", "1 kg", packs, PRICE, null)));
    }

    /** Packed, billed (paid in cash unless {@code paymentMode} says otherwise), out with Ravi. */
    private OrderView outForDelivery(NewOrder order, String paymentMode) {
        OrderView placed = orders.create(order, TestOrders.BILLER);
        driver.pack(placed.number());
        Task bill = tasks.createTaskQuery().processInstanceBusinessKey(placed.number())
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_BILL).singleResult();
        tasks.complete(bill.getId(), Map.of("paymentMode", paymentMode));
        driver.takeOut(placed.number(), "ravi");
        return placed;
    }

    private OrderView delivered(NewOrder order, String paymentMode) {
        OrderView placed = outForDelivery(order, paymentMode);
        driver.deliver(placed.number());
        return placed;
    }

    private ProcessInstance instanceOf(String returnNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(returnNumber)
                .singleResult();
    }

    /** Opens a Customer Care return and runs the job after its start: goods booked, table asked. */
    private ProcessInstance open(String orderNumber, ReturnReason reason, Object... skuAndQuantity) {
        List<NewReturn.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(new NewReturn.Line((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]));
        }
        ReturnView opened = returns.open(new NewReturn(orderNumber, lines, reason.name(), "customer called"),
                TestImages.jpeg(32, 24), TestOrders.CARE);
        return started(opened.number());
    }

    private ProcessInstance started(String returnNumber) {
        ProcessInstance instance = instanceOf(returnNumber);
        assertThat(instance).isWaitingAt(START);
        execute(job(instance));
        assertThat(instance).hasPassed(SERVICE_RECORD_RETURN, RULE_SUGGEST);
        return instance;
    }

    private Task taskOf(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    /** Completes a task as a signed-in member of the group, the way Tasklist does. */
    private void completeAs(String user, String group, ProcessInstance instance, String taskKey, Object... keyValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], keyValues[i + 1]);
        }
        Task task = taskOf(instance, taskKey);
        assertNotNull(task, "waiting at " + taskKey);
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
        joinBranches(instance);
    }

    /**
     * The money and goods branches meet in a job of their own (asyncBefore on the join), so that a
     * biller and a packer finishing at the same moment never collide; the job executor is off in
     * tests, so run what is waiting there.
     */
    private void joinBranches(ProcessInstance instance) {
        management.createJobQuery().processInstanceId(instance.getId()).activityId(GATEWAY_JOIN).list()
                .forEach(waiting -> management.executeJob(waiting.getId()));
    }

    /** A task completion the decision listener refused: the engine wraps the field problems it names. */
    private static InvalidInputException refusal(org.junit.jupiter.api.function.Executable completion) {
        Throwable thrown = assertThrows(RuntimeException.class, completion);
        while (thrown != null && !(thrown instanceof InvalidInputException)) {
            thrown = thrown.getCause();
        }
        assertNotNull(thrown, "refused for a field problem");
        return (InvalidInputException) thrown;
    }

    private ReturnView returnOf(ProcessInstance instance) {
        return returns.get(instance.getBusinessKey(), TestOrders.OWNER);
    }

    private BillView billOf(String orderNumber) {
        return billing.get(billing.currentBillOf(orderNumber, TestOrders.OWNER).orElseThrow(), TestOrders.OWNER);
    }

    private List<NotificationView> messages(String orderNumber, String event) {
        return outbox.list(null, orderNumber, TestOrders.OWNER).stream()
                .filter(n -> n.event().name().equals(event)).toList();
    }

    @Test
    void damagedFreshSweetsAreRefundedByUpiAndScrappedAfterInspection() {
        String sku = product(false, 6);
        OrderView order = delivered(orderOf(sku, 2), "cash");
        int counterBefore = stock.balance(sku, Pool.COUNTER);

        ProcessInstance instance = open(order.number(), ReturnReason.DAMAGED, sku, 1);

        assertEquals(1, stock.balance(sku, Pool.RETURN), "the returned pack waits in Return stock");
        assertThat(instance).isWaitingAt(TASK_REVIEW, TASK_INSPECT);
        assertThat(instance).task(TASK_REVIEW).hasCandidateGroup("biller");
        assertThat(instance).task(TASK_INSPECT).hasCandidateGroup("packer");
        assertThat(instance).variables().containsEntry(VAR_PERISHABLE, true).containsEntry(VAR_SUGGESTED_DECISION,
                DECISION_REFUND).containsEntry(VAR_DECISION, DECISION_REFUND);
        ReturnView waiting = returnOf(instance);
        assertEquals(ReturnDecision.REFUND, waiting.suggestion());
        assertTrue(waiting.hasPhoto());
        assertEquals(0, new BigDecimal("1200.00").compareTo(waiting.returnedValue()));

        completeAs("biller", "biller", instance, TASK_REVIEW, VAR_DECISION, DECISION_REFUND, VAR_REFUND_METHOD, "upi",
                VAR_REFUND_REFERENCE, "UTR-5511");

        assertThat(instance).hasPassed(SERVICE_REFUND).isWaitingAt(TASK_INSPECT);
        ReturnView refunded = returnOf(instance);
        assertEquals(ReturnState.REFUNDED, refunded.state());
        assertEquals(0, PRICE.compareTo(refunded.creditedAmount()));
        assertEquals(0, PRICE.compareTo(refunded.refundedAmount()));
        assertEquals("UPI", refunded.refundMethod());
        BillView bill = billOf(order.number());
        assertEquals("RETURN", bill.creditNotes().get(0).kind());
        assertEquals(refunded.creditNote(), bill.creditNotes().get(0).number());
        assertTrue(bill.payments().stream().anyMatch(p -> p.mode() == PaymentMode.UPI
                && p.amount().compareTo(PRICE.negate()) == 0 && "UTR-5511".equals(p.reference())));
        assertEquals(0, BigDecimal.ZERO.compareTo(bill.amountDue()), "the customer neither owes nor is owed");
        assertEquals(1, messages(order.number(), "RETURN_REFUNDED").size());
        assertTrue(messages(order.number(), "RETURN_REFUNDED").get(0).text().contains("UPI"));

        completeAs("packer", "packer", instance, TASK_INSPECT, VAR_GOODS_OUTCOME, GOODS_RESTOCK);

        assertThat(instance).hasPassed(SERVICE_PUT_AWAY, SERVICE_CLOSE, END_CLOSED).isEnded();
        ReturnView closed = returnOf(instance);
        assertEquals(PackOutcome.SCRAPPED, closed.packs().get(0).outcome(),
                "sweets may not go back on the counter once returned, even when restock was asked");
        assertEquals(0, stock.balance(sku, Pool.RETURN));
        assertEquals(counterBefore, stock.balance(sku, Pool.COUNTER));
        assertTrue(stock.ledgerMatchesBalances(sku));
        assertNotNull(closed.closedAt());
    }

    @Test
    void aWrongItemIsReplacedByALinkedOrderAtNoChargeAndSealedDrySnacksGoBackOnTheCounter() {
        String sku = product(true, 120);
        OrderView order = delivered(orderOf(sku, 3), "cash");
        int counterBefore = stock.balance(sku, Pool.COUNTER);

        ProcessInstance instance = open(order.number(), ReturnReason.WRONG_ITEM, sku, 2);
        assertThat(instance).variables().containsEntry(VAR_SUGGESTED_DECISION, DECISION_REPLACEMENT)
                .containsEntry(VAR_PERISHABLE, false);

        completeAs("owner", "admin", instance, TASK_REVIEW, VAR_DECISION, DECISION_REPLACEMENT);

        assertThat(instance).hasPassed(SERVICE_REPLACE);
        ReturnView replaced = returnOf(instance);
        assertEquals(ReturnState.REPLACED, replaced.state());
        OrderView replacement = orders.get(replaced.replacementOrder(), TestOrders.OWNER);
        assertEquals(OrderStatus.RECEIVED, replacement.status());
        assertEquals(order.customer().phone(), replacement.customer().phone());
        assertEquals(2, replacement.lines().get(0).quantity());
        assertEquals(0, BigDecimal.ZERO.compareTo(replacement.total()), "the original bill already paid for them");
        assertTrue(orders.notes(replacement.number(), TestOrders.OWNER).get(0).body().contains(order.number()));
        assertTrue(orders.notes(order.number(), TestOrders.OWNER).get(0).body().contains(replacement.number()));
        assertNotNull(runtime.createProcessInstanceQuery().processDefinitionKey(OrderFulfilmentProcess.KEY)
                .processInstanceBusinessKey(replacement.number()).singleResult(), "its own order process delivers it");
        assertTrue(messages(order.number(), "RETURN_REPLACED").get(0).text().contains(replacement.number()));
        assertTrue(billOf(order.number()).creditNotes().isEmpty(), "a replacement is no refund");

        completeAs("packer", "packer", instance, TASK_INSPECT, VAR_GOODS_OUTCOME, GOODS_RESTOCK);

        assertThat(instance).isEnded();
        assertEquals(0, stock.balance(sku, Pool.RETURN));
        assertEquals(counterBefore + 2, stock.balance(sku, Pool.COUNTER), "restockable packs are back on the counter");
        driver.pack(replacement.number());
        assertEquals(counterBefore, stock.balance(sku, Pool.COUNTER), "the replacement is packed from the counter");
        assertTrue(stock.ledgerMatchesBalances(sku));
    }

    @Test
    void overridingTheSuggestionNeedsAReasonAndARejectionTellsTheCustomerWhy() {
        String sku = product(true, 120);
        OrderView order = delivered(orderOf(sku, 1), "cash");

        ProcessInstance instance = open(order.number(), ReturnReason.SPOILED, sku, 1);
        assertThat(instance).variables().containsEntry(VAR_SUGGESTED_DECISION, DECISION_REFUND);

        InvalidInputException refused = refusal(() -> completeAs("biller", "biller", instance, TASK_REVIEW,
                VAR_DECISION, DECISION_REJECT));
        assertEquals("decisionReason", refused.problems().get(0).field());
        assertThat(instance).isWaitingAt(TASK_REVIEW, TASK_INSPECT);

        completeAs("biller", "biller", instance, TASK_REVIEW, VAR_DECISION, DECISION_REJECT, VAR_DECISION_REASON,
                "Packs were opened and half eaten");

        assertThat(instance).hasPassed(SERVICE_REJECT);
        ReturnView rejected = returnOf(instance);
        assertEquals(ReturnState.REJECTED, rejected.state());
        assertTrue(rejected.overridden());
        assertTrue(audit.storyOf(order.number()).stream().anyMatch(e -> e.action().equals("RETURN_SUGGESTION_OVERRIDDEN")
                && e.actor().equals("biller") && e.details().contains("half eaten")));
        assertTrue(messages(order.number(), "RETURN_REJECTED").get(0).text().contains("half eaten"));
        assertTrue(billOf(order.number()).creditNotes().isEmpty());

        completeAs("packer", "packer", instance, TASK_INSPECT, VAR_GOODS_OUTCOME, GOODS_SCRAP);

        assertThat(instance).isEnded();
        assertEquals(0, stock.balance(sku, Pool.RETURN), "scrapped packs leave Return stock");
        assertEquals(PackOutcome.SCRAPPED, returnOf(instance).packs().get(0).outcome());
        assertTrue(stock.ledgerMatchesBalances(sku));
    }

    @Test
    void aBigOrderRefusedAtTheDoorGoesToTheManagerAndItsSealedPacksBackOnTheCounter() {
        String sku = product(false, 6);
        OrderView order = outForDelivery(orderOf(sku, 5), "cash");
        int counterBefore = stock.balance(sku, Pool.COUNTER);

        driver.bringBack(order.number(), "Customer refused, ordered by mistake");

        List<ReturnView> opened = returns.ofOrder(order.number(), TestOrders.OWNER);
        assertEquals(1, opened.size(), "bringing the order back opens its return");
        ReturnView fromDoor = opened.get(0);
        assertEquals(ReturnSource.DELIVERY, fromDoor.source());
        assertEquals(ReturnReason.REFUSED, fromDoor.reason());
        assertEquals("Customer refused, ordered by mistake", fromDoor.notes());
        assertEquals(5, fromDoor.lines().get(0).quantity(), "the whole order came back");
        ProcessInstance instance = started(fromDoor.number());
        assertEquals(5, stock.balance(sku, Pool.RETURN));
        assertThat(instance).variables().containsEntry(VAR_SUGGESTED_DECISION, DECISION_REVIEW)
                .containsEntry(VAR_ORDER_VALUE, 6000L).containsEntry(VAR_DAYS_SINCE_DELIVERY, 0);

        completeAs("biller", "biller", instance, TASK_REVIEW, VAR_DECISION, DECISION_REVIEW);
        assertThat(instance).isWaitingAt(TASK_MANAGER_REVIEW, TASK_INSPECT);
        assertThat(instance).task(TASK_MANAGER_REVIEW).hasCandidateGroup("order-manager");
        assertEquals(ReturnState.MANAGER_REVIEW, returnOf(instance).state());
        assertEquals("decision", refusal(() -> completeAs("manager", "order-manager", instance, TASK_MANAGER_REVIEW,
                VAR_DECISION, DECISION_REVIEW, VAR_DECISION_REASON, "not sure")).problems().get(0).field(),
                "the manager decides; there is nobody to send it on to");
        assertThat(instance).isWaitingAt(TASK_MANAGER_REVIEW, TASK_INSPECT);

        completeAs("manager", "order-manager", instance, TASK_MANAGER_REVIEW, VAR_DECISION, DECISION_REFUND,
                VAR_DECISION_REASON, "Regular customer, refund in full", VAR_REFUND_METHOD, "cash");

        assertThat(instance).hasPassed(TASK_MANAGER_REVIEW, SERVICE_REFUND);
        ReturnView refunded = returnOf(instance);
        assertEquals("manager", refunded.decidedBy());
        assertEquals(0, new BigDecimal("6000.00").compareTo(refunded.refundedAmount()));
        assertEquals(0, BigDecimal.ZERO.compareTo(billOf(order.number()).amountDue()));

        completeAs("packer", "packer", instance, TASK_INSPECT, VAR_GOODS_OUTCOME, GOODS_RESTOCK);

        assertThat(instance).isEnded();
        assertEquals(GoodsState.INSPECTED, returnOf(instance).goodsState());
        assertEquals(PackOutcome.RESTOCKED, returnOf(instance).packs().get(0).outcome(),
                "refused at the door, the packs never left the delivery boy's hands");
        assertEquals(0, stock.balance(sku, Pool.RETURN));
        assertEquals(counterBefore + 5, stock.balance(sku, Pool.COUNTER));
        assertTrue(stock.ledgerMatchesBalances(sku));
    }

    @Test
    void partialReturnsOfAPartlyPaidBillNeverPayBackMoreThanWasPaid() {
        String sweets = product(false, 6);
        String snacks = product("Test snack", "450.00", true, 120);
        NewOrder two = new NewOrder(Channel.PHONE, orderOf(sweets, 1).customer(), null, List.of(
                new NewOrder.Line(sweets, "Test sweet", "1 kg", 2, PRICE, null),
                new NewOrder.Line(snacks, "Test snack", "1 kg", 1, new BigDecimal("450.00"), null)));
        OrderView order = outForDelivery(two, "credit");
        String billNumber = billing.currentBillOf(order.number(), TestOrders.OWNER).orElseThrow();
        payments.record(billNumber, new PaymentRequest("cash", new BigDecimal("500.00"), null), TestOrders.BILLER);
        driver.deliver(order.number());

        // one piece of the first line: worth 1,200, but only 500 was paid of 2,850
        ProcessInstance first = open(order.number(), ReturnReason.DAMAGED, sweets, 1);
        completeAs("biller", "biller", first, TASK_REVIEW, VAR_DECISION, DECISION_REFUND);
        ReturnView partly = returnOf(first);
        assertEquals(0, PRICE.compareTo(partly.creditedAmount()));
        assertEquals(0, BigDecimal.ZERO.compareTo(partly.refundedAmount()), "what is still owed shrinks instead");
        assertEquals(0, new BigDecimal("1150.00").compareTo(billOf(order.number()).amountDue()));
        assertEquals(1, stock.balance(sweets, Pool.RETURN));

        // the rest: 1,200 + 450 more credited leaves 0 billed; the 500 paid goes back, no more
        ProcessInstance second = open(order.number(), ReturnReason.DAMAGED, sweets, 1, snacks, 1);
        completeAs("biller", "biller", second, TASK_REVIEW, VAR_DECISION, DECISION_REFUND, VAR_REFUND_METHOD, "cash");
        ReturnView rest = returnOf(second);
        assertEquals(0, new BigDecimal("1650.00").compareTo(rest.creditedAmount()));
        assertEquals(0, new BigDecimal("500.00").compareTo(rest.refundedAmount()));
        BillView bill = billOf(order.number());
        assertEquals(0, BigDecimal.ZERO.compareTo(bill.amountDue()));
        BigDecimal paidIn = bill.payments().stream().map(BillView.PaymentView::amount).filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paidBack = bill.payments().stream().map(BillView.PaymentView::amount).filter(a -> a.signum() < 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        assertTrue(paidBack.compareTo(paidIn) <= 0, "paid back " + paidBack + " of " + paidIn);
        assertEquals(2, stock.balance(sweets, Pool.RETURN));
        assertEquals(1, stock.balance(snacks, Pool.RETURN));

        InvalidInputException nothingLeft = assertThrows(InvalidInputException.class, () -> returns.open(
                new NewReturn(order.number(), List.of(new NewReturn.Line(sweets, 1)), "DAMAGED", null), null,
                TestOrders.CARE));
        assertEquals("lines[0].quantity", nothingLeft.problems().get(0).field());

        completeAs("packer", "packer", first, TASK_INSPECT, VAR_GOODS_OUTCOME, GOODS_SCRAP);
        completeAs("packer", "packer", second, TASK_INSPECT, VAR_GOODS_OUTCOME, GOODS_RESTOCK);
        assertThat(first).isEnded();
        assertThat(second).isEnded();
        assertEquals(0, stock.balance(sweets, Pool.RETURN));
        assertEquals(0, stock.balance(snacks, Pool.RETURN));
        assertTrue(stock.ledgerMatchesBalances(sweets));
        assertTrue(stock.ledgerMatchesBalances(snacks));
    }

    @Test
    void piecesOfOneLineRefundedOneByOneAddUpToTheLineToThePaisa() {
        String sweets = product("Test sweet", "100.00", false, 6);
        String snacks = product("Test snack", "450.00", true, 120);
        // 3 × 100.00 less 0.01 = 299.99: a third of it is 99.996…, never a whole number of paise
        NewOrder order = new NewOrder(Channel.PHONE, orderOf(sweets, 1).customer(), null, List.of(
                new NewOrder.Line(sweets, "Test sweet", "1 kg", 3, new BigDecimal("100.00"), new BigDecimal("0.01"),
                        "odd paisa"),
                new NewOrder.Line(snacks, "Test snack", "1 kg", 1, new BigDecimal("450.00"), null)));
        OrderView placed = delivered(order, "cash");

        BigDecimal credited = BigDecimal.ZERO;
        BigDecimal paidBack = BigDecimal.ZERO;
        for (int piece = 0; piece < 3; piece++) {
            ProcessInstance one = open(placed.number(), ReturnReason.DAMAGED, sweets, 1);
            completeAs("biller", "biller", one, TASK_REVIEW, VAR_DECISION, DECISION_REFUND, VAR_DECISION_REASON,
                    "one box at a time", VAR_REFUND_METHOD, "cash");
            completeAs("packer", "packer", one, TASK_INSPECT, VAR_GOODS_OUTCOME, GOODS_SCRAP);
            credited = credited.add(returnOf(one).creditedAmount());
            paidBack = paidBack.add(returnOf(one).refundedAmount());
        }

        assertEquals(0, new BigDecimal("299.99").compareTo(credited), "credited " + credited);
        assertEquals(0, new BigDecimal("299.99").compareTo(paidBack), "paid back " + paidBack);
        BillView bill = billOf(placed.number());
        assertEquals(0, BigDecimal.ZERO.compareTo(bill.amountDue()));
        // the snack is still worth its whole 450.00 on the bill
        ProcessInstance last = open(placed.number(), ReturnReason.DAMAGED, snacks, 1);
        assertEquals(0, new BigDecimal("450.00").compareTo(returnOf(last).returnedValue()));
    }
}

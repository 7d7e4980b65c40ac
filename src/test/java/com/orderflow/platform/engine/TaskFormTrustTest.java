package com.orderflow.platform.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.orderflow.billing.BillView;
import com.orderflow.billing.BillingService;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * A task's candidates reach the engine's REST API too (under /engine-rest and under the webapps'
 * own path that Tasklist calls): whatever they send, a task takes only its own form's fields,
 * checked by the form's rules, and business refusals come back as 4xx with their message.
 */
@OrderflowSpringTest
class TaskFormTrustTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    BillingService billing;

    @Test
    void aPackerCannotGiveTheBillADiscountThroughHisOwnPackTask() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String pack = taskOf(number, OrderFulfilmentProcess.TASK_PACK);
        EngineRestClient packer = EngineRestClient.rest(http, "packer");
        assertEquals(204, packer.post("/task/" + pack + "/claim", "{\"userId\":\"packer\"}").status());

        var set = packer.put("/task/" + pack + "/variables/billDiscount", "{\"value\":50,\"type\":\"Long\"}");
        assertEquals(403, set.status(), set.toString());
        var setLocal = packer.post("/task/" + pack + "/localVariables",
                "{\"modifications\":{\"billDiscount\":{\"value\":50,\"type\":\"Long\"}}}");
        assertEquals(403, setLocal.status(), setLocal.toString());
        var setInTasklist = EngineRestClient.webapp(http, "packer").put("/task/" + pack + "/variables/billDiscount",
                "{\"value\":50,\"type\":\"Long\"}");
        assertEquals(403, setInTasklist.status(), setInTasklist.toString());
        assertTrue(setInTasklist.body().contains("Only an admin"), setInTasklist.toString());
        long weight = driver.expectedWeightGrams(pack);
        var smuggled = packer.complete(pack, Map.of("packedWeightGrams", weight, "allItemsPacked", true,
                "billDiscount", 50));
        assertEquals(400, smuggled.status(), smuggled.toString());
        assertEquals(List.of("billDiscount"), smuggled.fields());
        assertEquals(1, tasks.createTaskQuery().taskId(pack).count(), "the task stays open");

        assertEquals(204, packer.complete(pack, Map.of("packedWeightGrams", weight, "allItemsPacked", true)).status());
        assertNull(runtime.getVariable(processOf(number), "billDiscount"));
        var bill = EngineRestClient.rest(http, "biller").complete(taskOf(number, OrderFulfilmentProcess.TASK_BILL),
                Map.of("paymentMode", "cash"));
        assertEquals(204, bill.status(), bill.toString());
        assertEquals(0, billOf(number).billDiscount().signum());
    }

    @Test
    void aCompletionSetsEveryFieldOfItsFormSoNoEarlierValueStandsIn() {
        String number = packedOrder();
        // a value left from before (an older attack on an existing database, or an admin's slip)
        var admin = EngineRestClient.rest(http, "owner");
        assertEquals(204, admin.put("/process-instance/" + processOf(number) + "/variables/billDiscount",
                "{\"value\":50,\"type\":\"Long\"}").status());
        var bill = EngineRestClient.rest(http, "biller").complete(taskOf(number, OrderFulfilmentProcess.TASK_BILL),
                Map.of("paymentMode", "upi", "paymentReference", "UPI-778812"));
        assertEquals(204, bill.status(), bill.toString());
        assertEquals(0, billOf(number).billDiscount().signum());
    }

    @Test
    void aVariableNamedLikeABeanCannotReplaceItInAnExpression() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String pack = taskOf(number, OrderFulfilmentProcess.TASK_PACK);
        var shadow = EngineRestClient.rest(http, "packer").put("/task/" + pack + "/variables/issueBillDelegate",
                "{\"value\":\"nothing\",\"type\":\"String\"}");
        assertEquals(403, shadow.status(), shadow.toString());
        driver.pack(number);
        // an admin may set variables; even then ${issueBillDelegate} is the bean, not the variable
        assertEquals(204, EngineRestClient.rest(http, "owner").put("/process-instance/" + processOf(number)
                + "/variables/issueBillDelegate", "{\"value\":\"nothing\",\"type\":\"String\"}").status());
        var bill = EngineRestClient.rest(http, "biller").complete(taskOf(number, OrderFulfilmentProcess.TASK_BILL),
                Map.of("paymentMode", "cash"));
        assertEquals(204, bill.status(), bill.toString());
        assertEquals(OrderStatus.READY_FOR_DISPATCH, orders.get(number, TestOrders.OWNER).status());
    }

    @Test
    void aNegativeDiscountIsRefusedNamingTheFieldThroughBothRoots() {
        String number = packedOrder();
        String bill = taskOf(number, OrderFulfilmentProcess.TASK_BILL);
        for (EngineRestClient biller : List.of(EngineRestClient.rest(http, "biller"),
                EngineRestClient.webapp(http, "biller"))) {
            var refused = biller.submitForm(bill, Map.of("paymentMode", "cash", "billDiscount", -5));
            assertEquals(400, refused.status(), refused.toString());
            assertEquals(List.of("billDiscount"), refused.fields());
            assertTrue(refused.json().path("message").asText().contains("billDiscount must be at least 0"),
                    refused.toString());
        }
        assertEquals(OrderStatus.PACKED, orders.get(number, TestOrders.OWNER).status());
    }

    @Test
    void aFieldTheFormDoesNotHaveIsRefusedAndTheFormsRulesApply() {
        String number = packedOrder();
        String bill = taskOf(number, OrderFulfilmentProcess.TASK_BILL);
        EngineRestClient biller = EngineRestClient.rest(http, "biller");
        var foreign = biller.complete(bill, Map.of("paymentMode", "cash", "advanceBooking", true));
        assertEquals(400, foreign.status(), foreign.toString());
        assertEquals(List.of("advanceBooking"), foreign.fields());
        var unknownMode = biller.complete(bill, Map.of("paymentMode", "gold coins"));
        assertEquals(List.of("paymentMode"), unknownMode.fields());
        var missing = biller.complete(bill, Map.of());
        assertEquals(List.of("paymentMode"), missing.fields());
        var serialized = biller.post("/task/" + bill + "/complete",
                "{\"variables\":{\"paymentMode\":{\"value\":\"rO0AB\",\"type\":\"Object\"}}}");
        assertEquals(List.of("paymentMode"), serialized.fields());
        assertEquals(OrderStatus.PACKED, orders.get(number, TestOrders.OWNER).status());
    }

    @Test
    void tasklistsPathStillNeedsCamundasCsrfToken() {
        String number = packedOrder();
        String bill = taskOf(number, OrderFulfilmentProcess.TASK_BILL);
        var forged = EngineRestClient.webapp(http, "biller").withoutCsrfToken()
                .submitForm(bill, Map.of("paymentMode", "cash"));
        assertEquals(403, forged.status(), forged.toString());
        assertEquals(OrderStatus.PACKED, orders.get(number, TestOrders.OWNER).status());
    }

    @Test
    void aBusinessRefusalAnswers400WithItsMessageAlsoInTasklist() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String pack = taskOf(number, OrderFulfilmentProcess.TASK_PACK);
        tasks.claim(pack, "packer");
        for (EngineRestClient packer : List.of(EngineRestClient.rest(http, "packer"),
                EngineRestClient.webapp(http, "packer"))) {
            var tooLight = packer.submitForm(pack, Map.of("packedWeightGrams", 1, "allItemsPacked", true));
            assertEquals(400, tooLight.status(), tooLight.toString());
            assertTrue(tooLight.json().path("message").asText().startsWith("packedWeightGrams must be between"),
                    tooLight.toString());
        }
        driver.pack(number);
        BigDecimal total = orders.get(number, TestOrders.OWNER).total();
        var tooMuch = EngineRestClient.rest(http, "biller").complete(taskOf(number, OrderFulfilmentProcess.TASK_BILL),
                Map.of("paymentMode", "cash", "billDiscount", total.add(BigDecimal.TEN)));
        assertEquals(400, tooMuch.status(), tooMuch.toString());
        assertEquals(List.of("billDiscount"), tooMuch.fields());
        assertEquals(OrderStatus.PACKED, orders.get(number, TestOrders.OWNER).status());
    }

    /** An order the packer has packed: its Bill order task is open. */
    private String packedOrder() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number);
        return number;
    }

    private String taskOf(String number, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult()
                .getId();
    }

    private String processOf(String number) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(OrderFulfilmentProcess.KEY).singleResult().getId();
    }

    private BillView billOf(String number) {
        return billing.get(billing.currentBillOf(number, TestOrders.OWNER).orElseThrow(), TestOrders.OWNER);
    }
}

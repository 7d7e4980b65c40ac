package com.orderflow.delivery.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.orderflow.billing.BillView;
import com.orderflow.billing.BillingService;
import com.orderflow.billing.FlagKind;
import com.orderflow.billing.PaymentMode;
import com.orderflow.billing.PaymentRequest;
import com.orderflow.billing.PaymentService;
import com.orderflow.delivery.CollectedMode;
import com.orderflow.delivery.ProofService;
import com.orderflow.delivery.ReadyOrders;
import com.orderflow.delivery.RunOnRoad;
import com.orderflow.delivery.TestDeliveryBoys;
import com.orderflow.delivery.process.DeliveryRunProcess;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.platform.audit.AuditEntry;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/**
 * Money at the door: each stop shows what is still due on its bill (cash on delivery, paid, partly
 * paid), and what the delivery boy collects when he ends the stop delivered becomes one payment in
 * billing, checked against what is due, never twice.
 */
@OrderflowSpringTest
class DoorstepMoneyTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orderService;
    @Autowired
    OrderDriver driver;
    @Autowired
    ProofService proofs;
    @Autowired
    BillingService billing;
    @Autowired
    PaymentService payments;
    @Autowired
    IdentityService identity;
    @Autowired
    AuditLog audit;
    @Autowired
    TaskService tasks;

    private ReadyOrders orders;
    private String boy;

    @BeforeEach
    void boy() {
        orders = new ReadyOrders(orderService, driver);
        boy = TestDeliveryBoys.fresh(identity, "sunil");
    }

    @Test
    void eachStopShowsWhatIsStillDueOnItsBill() throws Exception {
        String cod = orders.cashOnDelivery("Kavita Rane", "Rawalpada", "400068");
        String paid = orders.ready("Rawalpada", "400068");
        String partly = orders.cashOnDelivery("Nilesh Gawde", "Rawalpada", "400068");
        String bill = billing.currentBillOf(partly, TestOrders.BILLER).orElseThrow();
        payments.record(bill, new PaymentRequest("upi", new BigDecimal("100"), "UTR111122223333"), TestOrders.BILLER);
        for (String order : List.of(cod, paid, partly)) {
            driver.takeOut(order, boy);
        }

        assertEquals(new BigDecimal("180.00"), stop(cod).amountToCollect());
        assertTrue(stop(paid).paid(), "a bill paid at the counter: nothing to collect");
        assertEquals(new BigDecimal("80.00"), stop(partly).amountToCollect());

        mvc.perform(get("/delivery/my-run").with(httpBasic(boy, boy + "123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("To collect: ₹180.00")))
                .andExpect(content().string(containsString("To collect: ₹80.00")))
                .andExpect(content().string(containsString(">Paid<")));
        mvc.perform(get("/delivery/my-run").param("lang", "hi").with(httpBasic(boy, boy + "123")))
                .andExpect(content().string(containsString("वसूलें: ₹80.00")));
    }

    @Test
    void cashCollectedAtTheDoorIsOnePaymentOfTheBillEvenWhenThePhoneSendsItTwice() throws Exception {
        String order = outWithProof(orders.cashOnDelivery("Kavita Rane", "Rawalpada", "400068"));
        long run = driver.runOf(order).number();
        String body = "{\"outcome\":\"DELIVERED\",\"collectedMode\":\"CASH\",\"collectedAmount\":180}";

        complete(run, order, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.stops[0].collected.mode").value("CASH"))
                .andExpect(jsonPath("$.stops[0].collected.amount").value(180.0))
                .andExpect(jsonPath("$.stops[0].amountToCollect").value(180.0));
        complete(run, order, body).andExpect(status().isOk());

        BillView bill = bill(order);
        List<BillView.PaymentView> cash = bill.payments().stream().filter(p -> p.mode() == PaymentMode.CASH).toList();
        assertEquals(1, cash.size(), "one payment, however often the phone asks");
        assertEquals(new BigDecimal("180.00"), cash.get(0).amount());
        assertEquals(boy, cash.get(0).recordedBy());
        assertEquals(0, bill.amountDue().signum());
        assertEquals(OrderStatus.DELIVERED, orderService.get(order, TestOrders.OWNER).status());
        assertTrue(payments.flags(false, TestOrders.BILLER).stream().noneMatch(f -> f.orderNumber() != null
                && f.orderNumber().equals(order)), "paid in full: nothing to flag");
    }

    @Test
    void upiNeedsItsReferenceAndBecomesAUpiPayment() throws Exception {
        String order = outWithProof(orders.cashOnDelivery("Kavita Rane", "Rawalpada", "400068"));
        long run = driver.runOf(order).number();

        complete(run, order, "{\"outcome\":\"DELIVERED\",\"collectedMode\":\"UPI\",\"collectedAmount\":180}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("upiReference"));
        complete(run, order, "{\"outcome\":\"DELIVERED\",\"collectedMode\":\"UPI\",\"collectedAmount\":180,"
                + "\"upiReference\":\"UTR-12\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("upiReference"));
        assertTrue(stop(order).open(), "nothing was saved");

        complete(run, order, "{\"outcome\":\"DELIVERED\",\"collectedMode\":\"upi\",\"collectedAmount\":\"180.00\","
                + "\"upiReference\":\"6123 4567 8901\"}")
                .andExpect(status().isOk());
        BillView.PaymentView upi = bill(order).payments().stream().filter(p -> p.mode() == PaymentMode.UPI)
                .findFirst().orElseThrow();
        assertEquals("612345678901", upi.reference());
        assertEquals(new BigDecimal("180.00"), upi.amount());
        assertEquals(CollectedMode.UPI, driver.runOf(order).stops().get(0).collected().mode());
    }

    @Test
    void moreThanIsDueIsRefusedAndNothingIsSaved() throws Exception {
        String order = outWithProof(orders.cashOnDelivery("Kavita Rane", "Rawalpada", "400068"));
        long run = driver.runOf(order).number();

        complete(run, order, "{\"outcome\":\"DELIVERED\",\"collectedMode\":\"CASH\",\"collectedAmount\":200}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("collectedAmount"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("₹180.00")));
        complete(run, order, "{\"outcome\":\"DELIVERED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("collectedMode"));
        complete(run, order, "{\"outcome\":\"DELIVERED\",\"collectedMode\":\"CASH\",\"collectedAmount\":\"1OO\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("collectedAmount"));
        assertTrue(stop(order).open());
        assertEquals(0, bill(order).payments().size());
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, orderService.get(order, TestOrders.OWNER).status());
    }

    @Test
    void lessThanIsDueIsAllowedAndFlagged() throws Exception {
        String order = outWithProof(orders.cashOnDelivery("Kavita Rane", "Rawalpada", "400068"));
        long run = driver.runOf(order).number();

        complete(run, order, "{\"outcome\":\"DELIVERED\",\"collectedMode\":\"CASH\",\"collectedAmount\":100.5}")
                .andExpect(status().isOk());
        RunOnRoad.Stop stop = driver.runOf(order).stops().get(0);
        assertEquals(new BigDecimal("79.50"), stop.shortBy());
        assertEquals(new BigDecimal("79.50"), bill(order).amountDue());
        assertTrue(payments.flags(false, TestOrders.BILLER).stream().anyMatch(f -> order.equals(f.orderNumber())
                && f.kind() == FlagKind.PAYMENT_MISSING), "billing flags the order delivered with money due");
        assertTrue(audit.storyOf(order).stream().map(AuditEntry::action).anyMatch("STOP_COLLECTED_SHORT"::equals));
        mvc.perform(get("/delivery/my-run").with(httpBasic(boy, boy + "123")))
                .andExpect(content().string(containsString("Short by ₹79.50")));
    }

    @Test
    void aPaidBillAndAReturnCollectNothing() throws Exception {
        String paid = outWithProof(orders.ready("Rawalpada", "400068"));
        complete(driver.runOf(paid).number(), paid, "{\"outcome\":\"DELIVERED\",\"collectedMode\":\"CASH\","
                + "\"collectedAmount\":10}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("collectedMode"));
        complete(driver.runOf(paid).number(), paid, "{\"outcome\":\"DELIVERED\"}").andExpect(status().isOk());
        assertEquals(CollectedMode.NONE, driver.runOf(paid).stops().get(0).collected().mode());
        assertNull(driver.runOf(paid).stops().get(0).shortBy());

        String back = outWithProof(orders.cashOnDelivery("Kavita Rane", "Rawalpada", "400068"));
        complete(driver.runOf(back).number(), back, "{\"outcome\":\"RETURNED\",\"reason\":\"Nobody home\","
                + "\"collectedAmount\":180}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("collectedAmount"));
    }

    @Test
    void aStopEndedInTasklistRecordsThatNothingWasCollected() {
        String order = outWithProof(orders.cashOnDelivery("Kavita Rane", "Rawalpada", "400068"));
        long run = driver.runOf(order).number();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(DeliveryRunProcess.businessKey(run)).singleResult();
        tasks.complete(task.getId(), Map.of(DeliveryRunProcess.VAR_DELIVERY_OUTCOME, "delivered"));

        RunOnRoad.Stop stop = driver.runOf(order).stops().get(0);
        assertEquals(CollectedMode.NONE, stop.collected().mode());
        assertEquals(new BigDecimal("180.00"), stop.shortBy());
        assertEquals(0, bill(order).payments().size());
    }

    private String outWithProof(String order) {
        driver.takeOut(order, boy);
        proofs.upload(driver.runOf(order).number(), order, "PHOTO", new ByteArrayInputStream(TestImages.jpeg(64, 48)),
                OrderDriver.boy(boy));
        return order;
    }

    private ResultActions complete(long run, String order, String json) throws Exception {
        return mvc.perform(post("/api/delivery/runs/" + run + "/stops/" + order + "/complete")
                .with(httpBasic(boy, boy + "123")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private RunOnRoad.Stop stop(String order) {
        return driver.runOf(order).stops().stream().filter(s -> s.orderNumber().equals(order)).findFirst().orElseThrow();
    }

    private BillView bill(String order) {
        return billing.get(billing.currentBillOf(order, TestOrders.BILLER).orElseThrow(), TestOrders.BILLER);
    }
}

package com.orderflow.platform.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;

import com.orderflow.delivery.ProofService;
import com.orderflow.delivery.RunDispatch;
import com.orderflow.delivery.RunOnRoad;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;
import com.orderflow.support.TransactionRace;

/**
 * Two nodes completing the same task at the same moment: one wins, the other is told 409 (the
 * engine's optimistic locking, or the stop already ended), never 500, and nothing of it is kept.
 */
@OrderflowSpringTest
class TaskCompletionRaceTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    RunDispatch dispatch;
    @Autowired
    ProofService proofs;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theLoserOfTwoCompletionsThroughTheRestApiIsToldConflict() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String pack = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult().getId();
        tasks.claim(pack, "packer");
        long weight = driver.expectedWeightGrams(pack);
        Map<String, Object> form = Map.of("packedWeightGrams", weight, "allItemsPacked", true);

        EngineRestClient.Answer loser = TransactionRace.whileOpen(transactions, () -> tasks.complete(pack, form),
                () -> EngineRestClient.rest(http, "packer").complete(pack, form));

        assertEquals(409, loser.status(), loser.toString());
        assertTrue(loser.json().path("message").asText().contains("at the same moment"), loser.toString());
        assertEquals(OrderStatus.PACKED, orders.get(number, TestOrders.OWNER).status());
    }

    /** Two answers for one stop at once (the same answer twice is a double tap: it gets the run back). */
    @Test
    void theLoserOfTwoStopCompletionsThroughOurApiIsToldConflict() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number).bill(number).takeOut(number, "ravi");
        RunOnRoad run = driver.runOf(number);
        proofs.upload(run.number(), number, "PHOTO", new ByteArrayInputStream(TestImages.jpeg(64, 48)),
                OrderDriver.boy("ravi"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        var loser = TransactionRace.whileOpen(transactions,
                () -> dispatch.completeStop(run.number(), number, new RunDispatch.StopCompletion("DELIVERED", null),
                        OrderDriver.boy("ravi")),
                () -> http.withBasicAuth("ravi", "ravi123").postForEntity("/api/delivery/runs/" + run.number()
                        + "/stops/" + number + "/complete", new HttpEntity<>(
                                "{\"outcome\":\"RETURNED\",\"reason\":\"Customer not at home\"}", headers),
                        String.class));

        assertEquals(409, loser.getStatusCode().value(), loser.getBody());
        assertEquals(OrderStatus.DELIVERED, orders.get(number, TestOrders.OWNER).status());
        assertEquals("DELIVERED", driver.runOf(number).stops().get(0).outcome().toString());
    }
}

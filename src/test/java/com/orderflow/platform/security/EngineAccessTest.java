package com.orderflow.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.delivery.process.DeliveryRunProcess;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * One login for the engine's REST API too, with engine authorization on: staff see and work only
 * the tasks of their own role.
 */
@OrderflowSpringTest
class EngineAccessTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    TaskService tasks;

    private List<Map<String, Object>> tasksOf(String user, String number) {
        ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth(user, user + "123").exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + number, HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        assertEquals(200, response.getStatusCode().value());
        return response.getBody();
    }

    @Test
    void eachRoleSeesOnlyItsOwnTasks() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        assertEquals(List.of("Pack order " + number + " · Sita Rao"),
                tasksOf("packer", number).stream().map(t -> t.get("name")).toList());
        assertEquals(List.of(), tasksOf("biller", number));
        assertEquals(List.of(), tasksOf("ravi", number));
        driver.pack(number);
        assertEquals(List.of("Bill order " + number + " · Sita Rao"),
                tasksOf("biller", number).stream().map(t -> t.get("name")).toList());
        assertEquals(List.of(), tasksOf("packer", number));
    }

    @Test
    void aPackerCannotCompleteTheBillersTask() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number);
        String billTask = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_BILL).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.withBasicAuth("packer", "packer123").postForEntity(
                "/engine-rest/task/" + billTask + "/complete", new HttpEntity<>("{\"variables\":{}}", headers),
                String.class);
        assertEquals(403, response.getStatusCode().value(), response.getBody());
        assertEquals(OrderStatus.PACKED, orders.get(number, TestOrders.OWNER).status());
    }

    @Test
    void aDeliveryBoyCannotSeeOrConfirmAnotherBoysDelivery() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number).bill(number).takeOut(number, "ravi");
        // the stop to confirm is a task of ravi's delivery run (business key run-N), not of the order
        String run = DeliveryRunProcess.businessKey(driver.runOf(number).number());
        assertEquals(List.of("Deliver the stop " + run.replace("-", " ") + " · stop 1 of 1 · " + number + " · Sita Rao"),
                tasksOf("ravi", run).stream().map(t -> t.get("name")).toList());
        assertEquals(List.of(), tasksOf("imran", run));
        String confirm = tasks.createTaskQuery().processInstanceBusinessKey(run)
                .taskDefinitionKey(DeliveryRunProcess.TASK_DELIVER_STOP).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.withBasicAuth("imran", "imran123").postForEntity(
                "/engine-rest/task/" + confirm + "/complete", new HttpEntity<>(
                        "{\"variables\":{\"deliveryOutcome\":{\"value\":\"delivered\"}}}", headers), String.class);
        assertEquals(403, response.getStatusCode().value(), response.getBody());
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, orders.get(number, TestOrders.OWNER).status());
    }

    @Test
    void theRestApiNeedsALogin() {
        assertEquals(401, http.getForEntity("/engine-rest/task", String.class).getStatusCode().value());
    }
}

package com.orderflow.platform.tasklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.NewTicket;
import com.orderflow.helpdesk.TicketSource;
import com.orderflow.inventory.StockAlertService;
import com.orderflow.inventory.TestStock;
import com.orderflow.jewelry.JewelryService;
import com.orderflow.orders.OrderService;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.returns.NewReturn;
import com.orderflow.returns.ReturnService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/**
 * 13.4: a process owner deploys one diagram from Camunda Modeler (over {@code /engine-rest/deployment/create},
 * the diagram alone, no forms in the deployment). The app then starts its processes on that version,
 * and every user task of it must still open its Camunda Form. Each diagram is deployed alone as an
 * admin; its processes are started the way the app starts them, every other user task is reached by
 * starting an instance before it, and each task's form is opened over the REST API as Tasklist does.
 * The deployment is removed afterwards, so the other tests run on the app's own deployment.
 */
@OrderflowSpringTest
class DiagramDeployedAloneTest {
    @Autowired
    org.springframework.beans.factory.config.AutowireCapableBeanFactory beans;
    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    ReturnService returns;
    @Autowired
    JewelryService jewelry;
    @Autowired
    StockAlertService alerts;
    @Autowired
    TestStock stock;
    @Autowired
    ShopClock clock;
    @Autowired
    HelpDesk helpDesk;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void undeploy() {
        deployments.forEach(id -> repository.deleteDeployment(id, true, true));
    }

    static Stream<Path> diagrams() throws IOException {
        return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void aDiagramDeployedAloneStillOpensTheFormOfEveryUserTask(Path diagram) throws IOException {
        String definitionId = deployAlone(diagram);
        ProcessDefinition definition = repository.getProcessDefinition(definitionId);
        List<UserTask> userTasks = List.copyOf(Bpmn.readModelFromFile(diagram.toFile())
                .getModelElementsByType(UserTask.class));
        assertEquals(definitionId, repository.createProcessDefinitionQuery().processDefinitionKey(definition.getKey())
                .latestVersion().singleResult().getId(), "the diagram deployed alone is the latest version");
        if (userTasks.isEmpty()) {
            return;
        }
        String businessKey = startAsTheAppDoes(definition.getKey());
        var query = runtime.createProcessInstanceQuery().processDefinitionId(definitionId);
        var started = (businessKey == null ? query : query.processInstanceBusinessKey(businessKey)).list();
        Map<String, Object> variables = started.isEmpty() ? Map.of() : runtime.getVariables(started.get(0).getId());
        for (UserTask userTask : userTasks) {
            Task task = reach(definitionId, businessKey, variables, userTask.getId());
            JsonNode form = openForm(task);
            assertEquals(userTask.getCamundaFormRef(), form.path("id").asText(),
                    diagram + ": " + userTask.getId() + " opens its own form");
        }
    }

    /**
     * Orders that started on a version bound to its own deployment's forms (as every version before
     * this change) keep opening those forms after a diagram is deployed alone on top of them.
     */
    @org.junit.jupiter.api.Test
    void aTaskOfAnOlderVersionBoundToItsDeploymentStillOpensItsForm() throws IOException {
        String diagram = Files.readString(Path.of("processes/order-fulfilment.bpmn"))
                .replace("camunda:formRefBinding=\"latest\"", "camunda:formRefBinding=\"deployment\"");
        var older = repository.createDeployment().name("before 13.4")
                .addString("order-fulfilment.bpmn", diagram)
                .addString("pack-order.form", Files.readString(Path.of("forms/pack-order.form"))).deployWithResult();
        deployments.add(older.getId());
        String olderDefinition = older.getDeployedProcessDefinitions().get(0).getId();
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        Task olderTask = reach(olderDefinition, number, runtime.getVariables(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult().getId()), "UserTask_PackOrder");

        deployAlone(Path.of("processes/order-fulfilment.bpmn"));

        assertEquals("pack-order", openForm(olderTask).path("id").asText());
    }

    /** Deploys the file alone, as Camunda Modeler does: a multipart POST as an admin. */
    private String deployAlone(Path diagram) throws IOException {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", diagram.getFileName().toString());
        parts.add("deployment-source", "Camunda Modeler");
        parts.add(diagram.getFileName().toString(), new ByteArrayResource(Files.readAllBytes(diagram)) {
            @Override
            public String getFilename() {
                return diagram.getFileName().toString();
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> response = http.withBasicAuth("owner", "owner123")
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), JsonNode.class);
        assertEquals(200, response.getStatusCode().value(), String.valueOf(response.getBody()));
        deployments.add(response.getBody().path("id").asText());
        JsonNode deployed = response.getBody().path("deployedProcessDefinitions");
        assertEquals(1, deployed.size(), "one process in " + diagram);
        assertTrue(response.getBody().path("deployedCamundaFormDefinitions").isEmpty()
                || response.getBody().path("deployedCamundaFormDefinitions").isNull(), "no form deployed with it");
        return deployed.fieldNames().next();
    }

    /** Starts the process the way the app starts it; answers the business key (null for a process without). */
    private String startAsTheAppDoes(String key) {
        switch (key) {
            case "order-fulfilment" -> {
                return orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
            }
            case "delivery-run" -> {
                String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
                driver.pack(number).bill(number).takeOut(number, "ravi");
                return "run-" + driver.runOf(number).number();
            }
            case "returns" -> {
                String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
                driver.pack(number).bill(number).takeOut(number, "ravi").deliver(number);
                String returnNumber = returns.open(new NewReturn(number, List.of(new NewReturn.Line("KK-1KG", 1)),
                        "DAMAGED", "box crushed"), TestImages.jpeg(32, 24), TestOrders.CARE).number();
                TaskFixtures.runJobsOf(returnNumber, runtime, management);
                return returnNumber;
            }
            case "jewelry-order", "jewelry-repair" -> {
                LocalDate due = clock.today().plusDays(10);
                return jewelry.take(key.equals("jewelry-repair") ? TaskFixtures.repair(due) : TaskFixtures.necklace(due),
                        new CurrentUser("biller", Set.of("biller"))).number();
            }
            case "notification-failure" -> {
                String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
                runtime.startProcessInstanceByKey(key, number, Map.of("notificationId", 0L, "orderNumber", number,
                        "customerPhone", "+919820123456", "problem", "invalid number", "messageText", "Hello"));
                return number;
            }
            case "stock-review" -> {
                String sku = stock.product("Deployed-alone Barfi", 10, false);
                stock.receive(sku, "D1", 2, 30);
                alerts.requestReview(TestStock.OWNER);
                return null;
            }
            case "daily-packing-list" -> {
                // tomorrow's list may be empty in this database: the task is reached below
                return clock.today().plusDays(1).toString();
            }
            case "helpdesk-ticket" -> {
                return helpDesk.open(new NewTicket(TicketSource.STAFF, "Deployed alone", "Where is my order?", null,
                        "Asha", "alone@example.com", null, "care")).number();
            }
            case "consistency-check" -> {
                // where the check leaves off when it found one mismatch (a finding no longer stored still has its task)
                runtime.createProcessInstanceByKey(key).businessKey("deployed-alone-check")
                        .setVariables(Map.of("findingCount", 1, "findingIds", "0"))
                        .startBeforeActivity("Gateway_AnyMismatch").execute();
                return "deployed-alone-check";
            }
            case "trading-order" -> {
                return com.orderflow.trading.TradingFixtures.orderAtInstallation(beans);
            }
            case "vendor-payment" -> {
                return com.orderflow.trading.TradingFixtures.vendorStageWaitingForFinance(beans);
            }
            case "nightly-backup" -> {
                // its tasks follow a failure: each is reached by an instance started right before it
                return null;
            }
            default -> throw new IllegalArgumentException("No way to start " + key + " in this test: add one");
        }
    }

    /** The open task at that element: the app's own instance's, or one started right before the element. */
    private Task reach(String definitionId, String businessKey, Map<String, Object> variables, String taskKey) {
        var query = tasks.createTaskQuery().processDefinitionId(definitionId).taskDefinitionKey(taskKey);
        Task task = (businessKey == null ? query : query.processInstanceBusinessKey(businessKey)).list().stream()
                .findFirst().orElse(null);
        if (task != null) {
            return task;
        }
        Map<String, Object> given = new HashMap<>(variables);
        given.putIfAbsent("packingChanges", "Kaju Katli 1 kg: 2 → 3");
        given.putIfAbsent("packingDate", businessKey);
        var instance = runtime.createProcessInstanceById(definitionId).businessKey(businessKey).setVariables(given)
                .startBeforeActivity(taskKey).execute();
        task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
        assertNotNull(task, "an instance started before " + taskKey + " waits there");
        return task;
    }

    /** GET /engine-rest/task/{id}/deployed-form, as Tasklist asks for a task's Camunda Form. */
    private JsonNode openForm(Task task) throws IOException {
        ResponseEntity<String> response = http.withBasicAuth("owner", "owner123")
                .getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class);
        assertEquals(200, response.getStatusCode().value(), task.getTaskDefinitionKey() + ": " + response.getBody());
        return new ObjectMapper().readTree(response.getBody());
    }
}

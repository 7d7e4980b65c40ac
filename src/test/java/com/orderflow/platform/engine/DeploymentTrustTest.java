package com.orderflow.platform.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Deploying a diagram (Camunda Modeler does it over /engine-rest/deployment/create) must not run
 * code of the author's choosing on the server; a process owner may deploy, and do nothing more.
 */
@OrderflowSpringTest
class DeploymentTrustTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
            + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_Trust\""
            + " targetNamespace=\"http://orderflow.example/bpmn\">\n";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repository;
    @Autowired
    OrderService orders;

    @Test
    void aScriptTaskIsRefusedNamingTheElement() {
        var refused = deploy("owner", "trust-script.bpmn", process("trust-script",
                "<bpmn:scriptTask id=\"ScriptTask_RunAnything\" name=\"Run anything\" scriptFormat=\"javascript\">"
                        + "<bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>"));
        assertRefused(refused, "ScriptTask_RunAnything (Run anything)", "script task");
    }

    @Test
    void anExpressionReachingForJavaIsRefusedNamingTheElement() {
        var refused = deploy("owner", "trust-reflection.bpmn", process("trust-reflection",
                "<bpmn:serviceTask id=\"ServiceTask_Reflect\" name=\"Reflect\" camunda:expression=\"${''.getClass()"
                        + ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)}\" />"));
        assertRefused(refused, "ServiceTask_Reflect (Reflect)", "getClass");
    }

    @Test
    void inlineScriptsClassesAndOtherBeansAreRefused() {
        assertRefused(deploy("owner", "trust-listener.bpmn", process("trust-listener",
                "<bpmn:serviceTask id=\"ServiceTask_Listened\" name=\"Listened\" camunda:delegateExpression="
                        + "\"${issueBillDelegate}\"><bpmn:extensionElements><camunda:executionListener event=\"start\">"
                        + "<camunda:script scriptFormat=\"groovy\">'id'.execute()</camunda:script>"
                        + "</camunda:executionListener></bpmn:extensionElements></bpmn:serviceTask>")),
                "ServiceTask_Listened (Listened)", "inline script");
        assertRefused(deploy("owner", "trust-class.bpmn", process("trust-class",
                "<bpmn:serviceTask id=\"ServiceTask_Class\" name=\"A class\" camunda:class=\"java.lang.Object\" />")),
                "ServiceTask_Class (A class)", "camunda:class");
        assertRefused(deploy("owner", "trust-bean.bpmn", process("trust-bean",
                "<bpmn:serviceTask id=\"ServiceTask_OtherBean\" name=\"Other bean\""
                        + " camunda:delegateExpression=\"${dataSource}\" />")),
                "ServiceTask_OtherBean (Other bean)", "not one of the shop's delegates");
        assertRefused(deploy("owner", "trust-condition.bpmn", HEAD
                + "<bpmn:process id=\"trust-condition\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
                + "<bpmn:startEvent id=\"StartEvent_Go\" /><bpmn:endEvent id=\"EndEvent_Done\" />"
                + "<bpmn:sequenceFlow id=\"Flow_Scripted\" name=\"scripted\" sourceRef=\"StartEvent_Go\""
                + " targetRef=\"EndEvent_Done\"><bpmn:conditionExpression language=\"javascript\">true"
                + "</bpmn:conditionExpression></bpmn:sequenceFlow></bpmn:process></bpmn:definitions>"),
                "Flow_Scripted (scripted)", "script condition");
    }

    @Test
    void tablesMustBeFeelAndOnlyDiagramsTablesAndFormsMayBeDeployed() {
        String dmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns="
                + "\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"Definitions_TrustTable\" name=\"t\""
                + " namespace=\"http://orderflow.example/dmn\"><decision id=\"trust-table\" name=\"Trust table\">"
                + "<decisionTable id=\"DecisionTable_Trust\"><input id=\"Input_A\"><inputExpression id=\"Expr_A\""
                + " typeRef=\"string\" expressionLanguage=\"javascript\"><text>java.lang.System.exit(0)</text>"
                + "</inputExpression></input><output id=\"Output_B\" name=\"b\" typeRef=\"string\" /></decisionTable>"
                + "</decision></definitions>";
        assertRefused(deploy("owner", "trust-table.dmn", dmn), "Expr_A", "expressionLanguage");
        assertRefused(deploy("owner", "trust-page.html", "<script>alert(1)</script>"), "trust-page.html",
                "only BPMN diagrams");
    }

    @Test
    void aProcessOwnerDeploysAPlainDiagramButMayNotTouchInstances() {
        var deployed = deploy("designer", "trust-allowed.bpmn", process("trust-allowed",
                "<bpmn:serviceTask id=\"ServiceTask_Mark\" name=\"Mark\""
                        + " camunda:expression=\"${orderStatus.mark(execution, 'PACKED')}\" />"
                        + "<bpmn:userTask id=\"UserTask_Look\" name=\"Look at ${orderNumber}\""
                        + " camunda:candidateGroups=\"packer\" camunda:assignee=\"${deliveryBoy}\" />"));
        assertEquals(200, deployed.getStatusCode().value(), deployed.getBody());
        assertEquals(1, repository.createProcessDefinitionQuery().processDefinitionKey("trust-allowed").count());

        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String instance = EngineRestClient.rest(http, "designer").get("/process-instance?businessKey=" + number)
                .json().path(0).path("id").asText();
        assertTrue(!instance.isEmpty(), "a process owner reads instances (Cockpit)");
        var delete = EngineRestClient.rest(http, "designer").delete("/process-instance/" + instance);
        assertEquals(403, delete.status(), delete.toString());
        var variable = EngineRestClient.rest(http, "designer").put("/process-instance/" + instance
                + "/variables/advanceBooking", "{\"value\":true,\"type\":\"Boolean\"}");
        assertEquals(403, variable.status(), variable.toString());
        String deployment = repository.createDeploymentQuery().deploymentName("trust-allowed.bpmn").singleResult()
                .getId();
        var undeploy = EngineRestClient.rest(http, "designer").delete("/deployment/" + deployment);
        assertEquals(403, undeploy.status(), undeploy.toString());
        var packerDeploys = deploy("packer", "trust-packer.bpmn", process("trust-packer",
                "<bpmn:manualTask id=\"ManualTask_Nothing\" name=\"Nothing\" />"));
        assertEquals(403, packerDeploys.getStatusCode().value(), packerDeploys.getBody());
    }

    /** A diagram the engine itself would deploy: a start event and the elements under test. */
    private static String process(String key, String elements) {
        return HEAD + "<bpmn:process id=\"" + key + "\" name=\"Trust check\" isExecutable=\"true\""
                + " camunda:historyTimeToLive=\"P1D\"><bpmn:startEvent id=\"StartEvent_Go\" name=\"Go\" />"
                + elements + "</bpmn:process></bpmn:definitions>";
    }

    private String lastFile;

    private ResponseEntity<String> deploy(String user, String fileName, String content) {
        lastFile = fileName;
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("deployment-name", fileName);
        parts.add("deployment-source", "trust test");
        parts.add(fileName, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, user + "123").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(parts, headers), String.class);
    }

    /** Refused with a 400 that names the element and the reason; nothing of it is deployed. */
    private void assertRefused(ResponseEntity<String> response, String element, String why) {
        assertEquals(400, response.getStatusCode().value(), response.getBody());
        assertTrue(response.getBody().contains(element) && response.getBody().contains(why), response.getBody());
        assertEquals(0, repository.createDeploymentQuery().deploymentSource("trust test")
                .deploymentName(lastFile).count());
    }
}

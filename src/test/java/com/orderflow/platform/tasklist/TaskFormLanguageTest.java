package com.orderflow.platform.tasklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * A task's Camunda Form comes in the language the user chose on our pages (the orderflow-lang
 * cookie), as Tasklist fetches it: labels, texts and choices; the fields and values stay.
 */
@OrderflowSpringTest
class TaskFormLanguageTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    OrderService orders;
    @Autowired
    TaskService tasks;

    private JsonNode packForm(String language) {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        if (language != null) {
            headers.add(HttpHeaders.COOKIE, "orderflow-lang=" + language);
        }
        ResponseEntity<JsonNode> response = http.withBasicAuth("packer", "packer123").exchange(
                "/engine-rest/task/" + task + "/deployed-form", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
        assertEquals(200, response.getStatusCode().value());
        return response.getBody();
    }

    private static JsonNode component(JsonNode form, String id) {
        for (JsonNode component : form.path("components")) {
            if (id.equals(component.path("id").asText())) {
                return component;
            }
        }
        throw new AssertionError("no component " + id);
    }

    @Test
    void aMarathiPackerGetsThePackFormInMarathi() {
        JsonNode form = packForm("mr");
        JsonNode weight = component(form, "Field_PackedWeightGrams");
        assertEquals("वजनकाट्यावरील निव्वळ वजन (ग्रॅम)", weight.path("label").asText());
        assertEquals("packedWeightGrams", weight.path("key").asText(), "the field the packer fills stays");
        assertEquals("सर्व वस्तू पॅक करून तपासल्या", component(form, "Field_AllItemsPacked").path("label").asText());
    }

    @Test
    void aHindiPackerGetsItInHindiAndEveryoneElseInEnglish() {
        assertEquals("तराज़ू पर शुद्ध वज़न (ग्राम)",
                component(packForm("hi"), "Field_PackedWeightGrams").path("label").asText());
        assertEquals("Net weight on the scale (grams)",
                component(packForm(null), "Field_PackedWeightGrams").path("label").asText());
        assertEquals("Net weight on the scale (grams)",
                component(packForm("en"), "Field_PackedWeightGrams").path("label").asText());
    }
}

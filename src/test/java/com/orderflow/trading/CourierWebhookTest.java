package com.orderflow.trading;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderflow.platform.HmacSignatures;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.trading.process.TradingOrderProcess;

/**
 * The HTTP carrier against a fake carrier (WireMock, never the internet): booking gives the AWB and
 * the label; scans arrive by its signed webhook, repeated and out of order, and move the order's
 * process exactly once each; a bad signature, an unknown courier or an unknown AWB is a problem
 * and records nothing.
 */
@OrderflowSpringTest
class CourierWebhookTest {
    private static final String CARRIER = "FAKEX";
    private static final String SECRET = "courier-webhook-secret";
    private static final String SIGNATURE_HEADER = "X-Courier-Signature";

    @Autowired
    MockMvc mvc;
    @Autowired
    TradingSettings settings;
    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    WireMockServer carrier;
    TradingShop shop;

    @BeforeEach
    void startFakeCarrier() {
        shop = new TradingShop(beans.createBean(TradingShop.Parts.class));
        carrier = new WireMockServer(options().dynamicPort());
        carrier.start();
        TradingSettings.Courier fake = new TradingSettings.Courier();
        fake.setName("FakeX Express");
        fake.setType("http");
        fake.setBaseUrl(carrier.baseUrl() + "/api");
        fake.setApiKey("key-123");
        fake.setWebhookSecret(SECRET);
        settings.getCouriers().put(CARRIER, fake);
    }

    @AfterEach
    void stopFakeCarrier() {
        settings.getCouriers().remove(CARRIER);
        carrier.stop();
    }

    private String awbFromCarrier(String awb) {
        carrier.stubFor(post(urlEqualTo("/api/shipments")).willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody("{\"awb\":\"" + awb + "\",\"label\":\""
                        + Base64.getEncoder().encodeToString("%PDF-1.4 label".getBytes(StandardCharsets.US_ASCII))
                        + "\"}")));
        String number = shop.order(PaymentMode.COD, shop.product(5, null), 1);
        shop.complete(number, TradingOrderProcess.TASK_PICK, TradingOrderProcess.FIELD_ALL_PICKED, true);
        shop.complete(number, TradingOrderProcess.TASK_QUALITY_CHECK, TradingOrderProcess.FIELD_SERIALS,
                TradingShop.serial(), TradingOrderProcess.FIELD_ACCESSORIES, true, TradingOrderProcess.FIELD_NO_DAMAGE, true);
        shop.complete(number, TradingOrderProcess.TASK_PACK, TradingOrderProcess.FIELD_PACKED_WEIGHT, 9000);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(TradingOrderProcess.TASK_DISPATCH).singleResult().getId();
        tasks.complete(task, Map.of(TradingOrderProcess.FIELD_COURIER, CARRIER));
        shop.fire(number, TradingOrderProcess.SERVICE_BOOK_SHIPMENT);
        return number;
    }

    private org.springframework.test.web.servlet.ResultActions webhook(String carrierCode, String body, String secret)
            throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/trading/couriers/" + carrierCode + "/scans").contentType(MediaType.APPLICATION_JSON)
                .content(raw).header(SIGNATURE_HEADER, HmacSignatures.hex(secret, raw)));
    }

    private static String scan(String id, String awb, String code, String at) {
        return "{\"scanId\":\"" + id + "\",\"awb\":\"" + awb + "\",\"code\":\"" + code
                + "\",\"location\":\"Pune hub\",\"at\":\"" + at + "\"}";
    }

    @Test
    void theCarrierBooksTheShipmentAndItsSignedScansMoveTheOrderOnceEachInAnyOrder() throws Exception {
        String awb = "FX" + System.nanoTime() % 100_000_000;
        String number = awbFromCarrier(awb);
        carrier.verify(postRequestedFor(urlEqualTo("/api/shipments")).withHeader("Authorization", equalTo("Bearer key-123"))
                .withRequestBody(matchingJsonPath("$.reference", equalTo(number))));
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(TradingOrderProcess.KEY).singleResult();
        assertNotNull(instance);
        assertEquals(awb, shop.view(number).shipment().awb(), "the AWB is the carrier's");

        webhook(CARRIER, scan("s1", awb, "PICKED_UP", "2026-12-01T10:00:00Z"), SECRET).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("RECORDED"));
        webhook(CARRIER, scan("s1", awb, "PICKED_UP", "2026-12-01T10:00:00Z"), SECRET).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("REPEATED"));
        // out of order: the hub scan before the in-transit one; the process passes both once, in order
        webhook(CARRIER, scan("s3", awb, "AT_HUB", "2026-12-01T18:00:00Z"), SECRET).andExpect(status().isOk());
        webhook(CARRIER, scan("s2", awb, "IN_TRANSIT", "2026-12-01T12:00:00Z"), SECRET).andExpect(status().isOk())
                .andExpect(jsonPath("$.moved").value(false));
        assertEquals(1, runtime.createExecutionQuery().processInstanceId(instance.getId())
                .activityId(TradingOrderProcess.EVENT_OUT_FOR_DELIVERY).count(), "waiting for out for delivery");
        assertEquals(3, shop.view(number).shipment().scans().size(), "three scans kept, the repeat not");
    }

    @Test
    void aBadSignatureAnUnknownCourierOrAnUnknownAwbIsAProblemAndRecordsNothing() throws Exception {
        String awb = "FX" + (System.nanoTime() % 100_000_000 + 1);
        String number = awbFromCarrier(awb);
        webhook(CARRIER, scan("b1", awb, "PICKED_UP", "2026-12-01T10:00:00Z"), "not-the-secret")
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.title").value("Bad signature"));
        webhook("NOSUCH", scan("b2", awb, "PICKED_UP", "2026-12-01T10:00:00Z"), SECRET)
                .andExpect(status().isUnauthorized());
        webhook(CARRIER, scan("b3", "FX000", "PICKED_UP", "2026-12-01T10:00:00Z"), SECRET)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("awb"));
        webhook(CARRIER, scan("b4", awb, "TELEPORTED", "2026-12-01T10:00:00Z"), SECRET)
                .andExpect(status().isBadRequest());
        assertTrue(shop.view(number).shipment().scans().isEmpty(), "nothing recorded: " + shop.view(number).shipment().scans());
    }

    @Test
    void aPolledCarrierGivesItsScansToo() {
        String awb = "FX" + (System.nanoTime() % 100_000_000 + 2);
        String number = awbFromCarrier(awb);
        carrier.stubFor(get(urlEqualTo("/api/shipments/" + awb + "/scans")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("[" + scan("p1", awb, "PICKED_UP",
                        "2026-12-01T10:00:00Z") + "," + scan("p2", awb, "IN_TRANSIT", "2026-12-01T11:00:00Z") + "]")));
        assertTrue(shop.p.tracking.poll(CARRIER) >= 2);
        assertEquals(2, shop.view(number).shipment().scans().size());
    }
}

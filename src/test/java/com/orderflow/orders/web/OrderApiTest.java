package com.orderflow.orders.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** The order API as a client sees it: validation, notes, cancellation, who sees what. */
@OrderflowSpringTest
class OrderApiTest {
    static final String VALID_ORDER = """
            {"channel":"PHONE",
             "customer":{"name":"Sita Rao","phone":"098201-23456","address":"12 Shanti Nagar",
                         "locality":"Dahisar East","pincode":"400068"},
             "lines":[{"sku":"KK-1KG","product":"Kaju Katli","size":"1 kg","quantity":2,"unitPrice":1200},
                      {"sku":"MOD-500","quantity":1}]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    AuditLog audit;
    @Autowired
    com.orderflow.inventory.OrderStockService orderStock;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user + "123")).contentType(MediaType.APPLICATION_JSON);
    }

    private long orderCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer_order", Long.class);
    }

    private long processCount() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("order-fulfilment").count();
    }

    @Test
    void placingAnOrderComputesTotalsStoresThePhoneInE164AndStartsTheProcess() throws Exception {
        String body = mvc.perform(as("biller", post("/api/orders")).content(VALID_ORDER))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/orders/KO-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.number").value(matchesPattern("KO-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.customer.phone").value("+919820123456"))
                .andExpect(jsonPath("$.subtotal").value(2850.00))
                .andExpect(jsonPath("$.discountTotal").value(0.00))
                .andExpect(jsonPath("$.total").value(2850.00))
                .andExpect(jsonPath("$.lines[0].lineTotal").value(2400.00))
                .andExpect(jsonPath("$.lines[1].product").value("Ukadiche Modak"))
                .andExpect(jsonPath("$.lines[1].size").value("500 g"))
                .andExpect(jsonPath("$.lines[1].unitPrice").value(450.00))
                .andReturn().getResponse().getContentAsString();
        String number = json.readTree(body).get("number").asText();
        assertEquals(1, runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count());

        mvc.perform(as("care", get("/api/orders/" + number)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lines", hasSize(2)));
        mvc.perform(as("owner", get("/api/orders/" + number + "/timeline")))
                .andExpect(jsonPath("$[0].to").value("RECEIVED")).andExpect(jsonPath("$[0].actor").value("biller"));
    }

    @Test
    void badInputNamesEveryBadFieldAndSavesNothing() throws Exception {
        long ordersBefore = orderCount();
        long processesBefore = processCount();
        String bad = """
                {"channel":"ADVANCE_BOOKING",
                 "customer":{"name":" ","phone":"sita@example.com","pincode":"40006"},
                 "lines":[{"sku":"KK 1KG","product":"Kaju Katli","quantity":0,"unitPrice":-5},
                          {"sku":"MOD","product":"Modak","quantity":2,"unitPrice":10,"discount":25}]}
                """;
        mvc.perform(as("biller", post("/api/orders")).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("customer.name", "customer.phone",
                        "customer.pincode", "deliveryDate", "lines[0].sku", "lines[0].quantity", "lines[0].unitPrice")))
                .andExpect(jsonPath("$.errors[?(@.field == 'customer.phone')].message")
                        .value(hasItem("is an e-mail address, not a phone number")))
                .andExpect(jsonPath("$.errors[?(@.field == 'deliveryDate')].message")
                        .value(hasItem("is required for an advance booking")));
        assertEquals(ordersBefore, orderCount());
        assertEquals(processesBefore, processCount());
    }

    @Test
    void anOrderForAProductTheShopDoesNotKeepIsRefused() throws Exception {
        long before = orderCount();
        mvc.perform(as("biller", post("/api/orders")).content(VALID_ORDER.replace("\"MOD-500\"", "\"NO-SUCH-SWEET\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[1].sku"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("not a known SKU")));
        assertEquals(before, orderCount());
    }

    @Test
    void aWrongTypeOrAnUnknownChannelIsNamed() throws Exception {
        mvc.perform(as("biller", post("/api/orders")).content(VALID_ORDER.replace("\"PHONE\"", "\"FAX\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        mvc.perform(as("biller", post("/api/orders")).content(VALID_ORDER.replace("\"quantity\":2", "\"quantity\":\"two\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
        mvc.perform(as("biller", post("/api/orders")).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void notesAreWrittenAndAnsweredAcrossDepartments() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String note = mvc.perform(as("packer", post("/api/orders/" + number + "/notes"))
                        .content("{\"body\":\"Karanji pack missing 2 pcs\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value("packer"))
                .andExpect(jsonPath("$.authorRole").value("packer"))
                .andReturn().getResponse().getContentAsString();
        long noteId = json.readTree(note).get("id").asLong();
        mvc.perform(as("biller", post("/api/orders/" + number + "/notes"))
                        .content("{\"body\":\"Billed 2 less; pack what you have\",\"replyTo\":" + noteId + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.replyTo").value(noteId));

        JsonNode notes = json.readTree(mvc.perform(as("care", get("/api/orders/" + number + "/notes")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertEquals(2, notes.size());
        assertEquals("Karanji pack missing 2 pcs", notes.get(0).get("body").asText());
        assertEquals(noteId, notes.get(1).get("replyTo").asLong());

        String other = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(as("biller", post("/api/orders/" + other + "/notes"))
                        .content("{\"body\":\"answering the wrong order\",\"replyTo\":" + noteId + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("replyTo"));
        mvc.perform(as("biller", post("/api/orders/" + number + "/notes")).content("{\"body\":\"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
        assertEquals(2, orders.notes(number, TestOrders.OWNER).size());
    }

    @Test
    void theStoryOfAnOrderHasEveryActionWithWhoAndWhen() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number);
        orders.addNote(number, "Sweets box sealed", null, TestOrders.PACKER);
        orders.cancel(number, "Customer changed plans", TestOrders.BILLER);
        mvc.perform(as("owner", get("/api/orders/" + number + "/story")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", org.hamcrest.Matchers.containsInRelativeOrder(
                        "ORDER_CREATED", "TASK_CREATED", "TASK_COMPLETED", "STATUS_CHANGED", "NOTE_ADDED",
                        "ORDER_CANCEL_REQUESTED", "STATUS_CHANGED")))
                .andExpect(jsonPath("$[0].actor").value("biller"))
                .andExpect(jsonPath("$[0].at").exists());
    }

    @Test
    void cancellingNeedsAReasonAndADeliveredOrderCannotBeCancelled() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(as("owner", post("/api/orders/" + number + "/cancel")).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertEquals(OrderStatus.RECEIVED, orders.get(number, TestOrders.OWNER).status());

        driver.pack(number).bill(number).takeOut(number, "ravi").deliver(number);
        mvc.perform(as("owner", post("/api/orders/" + number + "/cancel")).content("{\"reason\":\"too late\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Order " + number + " is already DELIVERED and cannot be cancelled"));
        assertEquals(OrderStatus.DELIVERED, orders.get(number, TestOrders.OWNER).status());
    }

    @Test
    void aDeliveryBoySeesOnlyHisOwnDeliveries() throws Exception {
        String ravis = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(ravis).bill(ravis).takeOut(ravis, "ravi");
        String notYetOut = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();

        mvc.perform(as("ravi", get("/api/orders/" + ravis))).andExpect(status().isOk());
        mvc.perform(as("imran", get("/api/orders/" + ravis))).andExpect(status().isNotFound());
        mvc.perform(as("imran", get("/api/orders/" + notYetOut))).andExpect(status().isNotFound());
        mvc.perform(as("imran", post("/api/orders/" + ravis + "/notes")).content("{\"body\":\"hi\"}"))
                .andExpect(status().isNotFound());
        JsonNode list = json.readTree(mvc.perform(as("ravi", get("/api/orders?size=200")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertTrue(list.get("content").size() >= 1);
        list.get("content").forEach(o -> assertEquals("ravi", o.get("deliveryBoy").asText()));
    }

    @Test
    void aDeliveryBoyInAnotherGroupStillSeesOnlyHisOwnDeliveries() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        var nightShift = new com.orderflow.platform.security.CurrentUser("imran", java.util.Set.of("delivery", "night-shift"));
        org.junit.jupiter.api.Assertions.assertThrows(com.orderflow.platform.web.NotFoundException.class,
                () -> orders.get(number, nightShift));
    }

    @Test
    void itemsOfAnAdvanceBookingCarryTheirReservationAndItsDateCannotMoveOnceItIsBeingPrepared() throws Exception {
        var zone = java.time.ZoneId.of("Asia/Kolkata");
        String number = orders.create(TestOrders.advanceBooking(java.time.LocalDate.now(zone).plusDays(3)),
                TestOrders.BILLER).number();
        assertEquals(java.util.Map.of("KAR-250", 8), orderStock.reservedFor(number));
        mvc.perform(as("biller", patch("/api/orders/" + number)).content("""
                        {"lines":[{"sku":"KK-500","product":"Kaju Katli","size":"500 g","quantity":3,"unitPrice":620}]}"""))
                .andExpect(status().isOk());
        assertEquals(java.util.Map.of("KK-500", 3), orderStock.reservedFor(number));

        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId())
                .activityId(com.orderflow.orders.process.OrderFulfilmentProcess.TIMER_DAY_BEFORE_DISPATCH).singleResult().getId());
        mvc.perform(as("biller", patch("/api/orders/" + number)).content(
                        "{\"deliveryDate\":\"" + java.time.LocalDate.now(zone).plusDays(6) + "\"}"))
                .andExpect(status().isConflict());
        assertEquals(java.time.LocalDate.now(zone).plusDays(3), orders.get(number, TestOrders.OWNER).deliveryDate());
    }

    @Test
    void listFiltersByStatusAndChannel() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number);
        JsonNode packed = json.readTree(mvc.perform(as("manager", get("/api/orders?status=PACKED&channel=PHONE&size=200")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertTrue(packed.get("content").size() >= 1);
        packed.get("content").forEach(o -> {
            assertEquals("PACKED", o.get("status").asText());
            assertEquals("PHONE", o.get("channel").asText());
        });
        assertTrue(packed.get("content").findValuesAsText("number").contains(number));
    }

    @Test
    void correctingAnOrderRecomputesTotalsUpdatesTheTaskAndIsAudited() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(as("care", patch("/api/orders/" + number)).content("""
                        {"customer":{"name":"Sita Rao","phone":"+91 98200 99887","address":"14 Shanti Nagar",
                                     "locality":"Dahisar East","pincode":"400068"},
                         "lines":[{"sku":"KK-500","product":"Kaju Katli","size":"500 g","quantity":3,"unitPrice":620}]}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customer.phone").value("+919820099887"))
                .andExpect(jsonPath("$.lines", hasSize(1)))
                .andExpect(jsonPath("$.total").value(1860.00));
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        assertEquals("Kaju Katli 500 g × 3", runtime.getVariable(instance.getId(), "orderSummary"));
        assertEquals("₹1,860.00", runtime.getVariable(instance.getId(), "totalAmount"));
        assertTrue(audit.storyOf(number).stream().anyMatch(e -> e.action().equals("ORDER_EDITED")
                && e.actor().equals("care") && e.details().contains("items 3 → 3")));
    }

    @Test
    void itemsCannotChangeOncePackingHasStartedAndABadEditChangesNothing() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(as("biller", patch("/api/orders/" + number)).content("""
                        {"customer":{"name":"Sita Rao","phone":"12345"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customer.phone"));
        assertEquals("+919820123456", orders.get(number, TestOrders.OWNER).customer().phone());

        driver.pack(number);
        mvc.perform(as("biller", patch("/api/orders/" + number)).content("""
                        {"lines":[{"sku":"KK-500","product":"Kaju Katli","size":"500 g","quantity":1,"unitPrice":620}]}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("only before packing starts")));
        assertEquals(2, orders.get(number, TestOrders.OWNER).lines().size());
    }

    @Test
    void movingAnAdvanceBookingMovesItsDayBeforeReminder() throws Exception {
        var zone = java.time.ZoneId.of("Asia/Kolkata");
        var date = java.time.LocalDate.now(zone).plusDays(4);
        String number = orders.create(TestOrders.advanceBooking(date), TestOrders.BILLER).number();
        mvc.perform(as("biller", patch("/api/orders/" + number)).content(
                        "{\"deliveryDate\":\"" + date.plusDays(2) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deliveryDate").value(date.plusDays(2).toString()));
        var job = management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult().getId()).timers()
                .activityId(com.orderflow.orders.process.OrderFulfilmentProcess.TIMER_DAY_BEFORE_DISPATCH).singleResult();
        assertEquals(java.time.ZonedDateTime.of(date.plusDays(1), java.time.LocalTime.of(9, 0), zone).toInstant(),
                job.getDuedate().toInstant());
    }

    @Test
    void strangersAreRefusedAndFailedLoginsAreAudited() throws Exception {
        mvc.perform(get("/api/orders")).andExpect(status().isUnauthorized());
        // an unknown name: a wrong password for a real user would lock that user out for a while
        mvc.perform(get("/api/orders").with(httpBasic("mallory", "guess"))).andExpect(status().isUnauthorized());
        assertTrue(audit.latest("LOGIN_FAILED", 5).stream().anyMatch(e -> e.actor().equals("mallory")));
    }
}

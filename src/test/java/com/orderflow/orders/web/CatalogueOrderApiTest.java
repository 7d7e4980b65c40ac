package com.orderflow.orders.web;

import static com.orderflow.orders.web.OrderApiTest.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.inventory.TestStock;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Names, sizes and prices come from the catalogue, never from the client (issue 12): what a client
 * sends must agree or is refused naming the field; a discount needs a role the permission table
 * allows and a reason; the items are fixed once a packer has claimed the pack task.
 */
@OrderflowSpringTest
class CatalogueOrderApiTest {
    private static final String CUSTOMER = """
            "customer":{"name":"Sita Rao","phone":"98201 23456","address":"12 Shanti Nagar",
                        "locality":"Dahisar East","pincode":"400068"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderService orders;
    @Autowired
    AuditLog audit;
    @Autowired
    TaskService tasks;
    @Autowired
    TestStock stock;

    private long orderCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer_order", Long.class);
    }

    private static String order(String lines) {
        return "{\"channel\":\"PHONE\"," + CUSTOMER + ",\"lines\":[" + lines + "]}";
    }

    private String place(String user, String lines) throws Exception {
        String body = mvc.perform(as(user, post("/api/orders")).content(order(lines)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("number").asText();
    }

    @Test
    void motichoorLadooAtOneRupeeOnKajuKatlisSkuIsRefusedNamingBothFields() throws Exception {
        long before = orderCount();
        mvc.perform(as("biller", post("/api/orders")).content(order("""
                        {"sku":"KK-1KG","product":"Motichoor Ladoo","size":"1 kg","quantity":2,"unitPrice":1}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("lines[0].product", "lines[0].unitPrice")))
                .andExpect(jsonPath("$.errors[?(@.field == 'lines[0].unitPrice')].message")
                        .value(org.hamcrest.Matchers.hasItem("must be the catalogue price ₹1,200.00, or left out")))
                .andExpect(jsonPath("$.errors[?(@.field == 'lines[0].product')].message")
                        .value(org.hamcrest.Matchers.hasItem("must be the catalogue name 'Kaju Katli', or left out")));
        assertEquals(before, orderCount(), "nothing saved");
    }

    @Test
    void theOpenApiSaysThatNamesAndPricesAreTheCataloguesOrLeftOut() throws Exception {
        String docs = mvc.perform(as("owner", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/docs"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertTrue(docs.contains("Optional: the catalogue's unit price in rupees"), "unitPrice described");
        assertTrue(docs.contains("must be the catalogue price ₹1,200.00, or left out"), "the refusal described");
        assertTrue(docs.contains("/api/order-entry/products"), "order entry documented");
    }

    @Test
    void aLineOfSkuAndQuantityGetsTheCataloguesNameSizeAndPrice() throws Exception {
        mvc.perform(as("care", post("/api/orders")).content(order("{\"sku\":\"kk-1kg\",\"quantity\":3}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].sku").value("KK-1KG"))
                .andExpect(jsonPath("$.lines[0].product").value("Kaju Katli"))
                .andExpect(jsonPath("$.lines[0].size").value("1 kg"))
                .andExpect(jsonPath("$.lines[0].unitPrice").value(1200.00))
                .andExpect(jsonPath("$.total").value(3600.00));
    }

    @Test
    void theNameMayBeSentInMarathiOrHindiAndAScannedLabelStandsForItsSku() throws Exception {
        String label = "KAR-250|250 g|TEST-KAR-250|2031-01-01";
        mvc.perform(as("care", post("/api/orders")).content(order("""
                        {"sku":"KK-500","product":"काजू कतली","quantity":1,"unitPrice":620},
                        {"sku":"%s","product":"गुजिया","quantity":2}""".formatted(label))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].product").value("Kaju Katli"))
                .andExpect(jsonPath("$.lines[1].sku").value("KAR-250"))
                .andExpect(jsonPath("$.lines[1].product").value("Karanji"))
                .andExpect(jsonPath("$.total").value(980.00));
    }

    @Test
    void customerCareMayNotGiveADiscountAndNothingIsSaved() throws Exception {
        long before = orderCount();
        mvc.perform(as("care", post("/api/orders")).content(order("""
                        {"sku":"KK-1KG","quantity":1,"discount":100,"discountReason":"regular customer"}""")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("lines[0].discount")));
        assertEquals(before, orderCount());
    }

    @Test
    void aDiscountNeedsAReasonWhichTheStoryAndTheLineKeep() throws Exception {
        long before = orderCount();
        mvc.perform(as("biller", post("/api/orders")).content(order("{\"sku\":\"KK-1KG\",\"quantity\":1,\"discount\":100}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].discountReason"))
                .andExpect(jsonPath("$.errors[0].message").value("must say why the discount is given"));
        mvc.perform(as("biller", post("/api/orders")).content(order("{\"sku\":\"KK-1KG\",\"quantity\":1,\"discount\":1300,"
                        + "\"discountReason\":\"too much\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].discount"));
        assertEquals(before, orderCount());

        String number = place("biller", "{\"sku\":\"KK-1KG\",\"quantity\":2,\"discount\":100,"
                + "\"discountReason\":\"Diwali, regular customer\"}");
        OrderView placed = orders.get(number, TestOrders.OWNER);
        assertEquals(0, new BigDecimal("2300.00").compareTo(placed.total()));
        assertEquals("Diwali, regular customer", placed.lines().get(0).discountReason());
        assertTrue(audit.storyOf(number).stream().anyMatch(e -> e.action().equals("DISCOUNT_GIVEN")
                && e.actor().equals("biller")
                && e.details().equals("₹100.00 on Kaju Katli 1 kg × 2: Diwali, regular customer")));
    }

    @Test
    void customerCareMayChangeTheQuantitiesOfAnOrderABillerDiscountedWithoutGivingMore() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(as("care", patch("/api/orders/" + number)).content("""
                        {"lines":[{"sku":"KK-1KG","quantity":3,"discount":100},{"sku":"MOD-500","quantity":2}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].discountReason").value("regular customer"))
                .andExpect(jsonPath("$.total").value(4400.00));
        mvc.perform(as("care", patch("/api/orders/" + number)).content("""
                        {"lines":[{"sku":"KK-1KG","quantity":3,"discount":300,"discountReason":"more"}]}"""))
                .andExpect(status().isForbidden());
        assertEquals(2, orders.get(number, TestOrders.OWNER).lines().size());
    }

    @Test
    void aChangedOrderKeepsThePriceItWasQuotedWhenTheCatalogueChangedSince() throws Exception {
        String sku = stock.product(50);
        String number = place("care", "{\"sku\":\"" + sku + "\",\"quantity\":1}");
        jdbc.update("UPDATE product SET price = 1350.00 WHERE sku = ?", sku);

        mvc.perform(as("care", patch("/api/orders/" + number)).content("""
                        {"lines":[{"sku":"%s","quantity":2,"unitPrice":1200}]}""".formatted(sku)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].unitPrice").value(1200.00));
        mvc.perform(as("care", patch("/api/orders/" + number)).content("""
                        {"lines":[{"sku":"%s","quantity":2,"unitPrice":999}]}""".formatted(sku)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("must be the catalogue price ₹1,350.00 or the order's price ₹1,200.00, or left out"));
        String fresh = place("care", "{\"sku\":\"" + sku + "\",\"quantity\":1}");
        assertEquals(0, new BigDecimal("1350.00").compareTo(orders.get(fresh, TestOrders.OWNER).total()));
    }

    @Test
    void onceAPackerClaimsThePackTaskTheItemsAreFixedButTheCustomerMayStillChange() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult();
        assertNull(orders.get(number, TestOrders.OWNER).packingStartedAt());
        tasks.claim(task.getId(), "packer");
        OrderView claimed = orders.get(number, TestOrders.OWNER);
        assertEquals("RECEIVED", claimed.status().name(), "the status moves only when packing completes");
        assertEquals("packer", claimed.packingStartedBy());

        mvc.perform(as("care", patch("/api/orders/" + number)).content("""
                        {"lines":[{"sku":"KK-1KG","quantity":5}]}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("packer started packing it on")))
                .andExpect(jsonPath("$.detail").value(containsString("revised bill")));
        OrderView after = orders.get(number, TestOrders.OWNER);
        assertEquals(claimed.lines(), after.lines(), "nothing changed");
        assertEquals(0, claimed.total().compareTo(after.total()));

        tasks.setAssignee(task.getId(), null);
        mvc.perform(as("care", patch("/api/orders/" + number)).content("""
                        {"lines":[{"sku":"KK-1KG","quantity":5}]}"""))
                .andExpect(status().isConflict());
        mvc.perform(as("care", patch("/api/orders/" + number)).content("""
                        {"customer":{"name":"Sita Rao","phone":"98201 23456","address":"14 Shanti Nagar",
                                     "locality":"Dahisar East","pincode":"400068"}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customer.address").value("14 Shanti Nagar"));
    }
}

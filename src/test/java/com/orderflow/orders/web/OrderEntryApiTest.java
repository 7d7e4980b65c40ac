package com.orderflow.orders.web;

import static com.orderflow.orders.web.OrderApiTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** What the order form asks while an order is taken: products, a returning customer, the running total. */
@OrderflowSpringTest
class OrderEntryApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;

    @Test
    void productsAreFoundByPartOfTheirNameInEnglishMarathiOrHindiBySkuAndBySize() throws Exception {
        mvc.perform(as("care", get("/api/order-entry/products").param("q", "kaju")))
                .andExpect(status().isOk())
                // other tests add products named like Kaju Katli to the shared catalogue: both sizes must be among them
                .andExpect(jsonPath("$[*].sku", hasItems("KK-1KG", "KK-500")))
                .andExpect(jsonPath("$[?(@.sku == 'KK-1KG')].price").value(hasItem(1200.0)))
                .andExpect(jsonPath("$[?(@.sku == 'KK-1KG')].nameMr").value(hasItem("काजू कतली")))
                .andExpect(jsonPath("$[?(@.sku == 'KK-1KG')].counter").value(hasItem(greaterThan(1000))));
        mvc.perform(as("care", get("/api/order-entry/products").param("q", "मोदक")))
                .andExpect(jsonPath("$[*].sku", contains("MOD-500")));
        mvc.perform(as("care", get("/api/order-entry/products").param("q", "गुजिया")))
                .andExpect(jsonPath("$[*].sku", contains("KAR-250")));
        mvc.perform(as("care", get("/api/order-entry/products").param("q", "काजू 500g")))
                .andExpect(jsonPath("$[*].sku", contains("KK-500")));
        mvc.perform(as("care", get("/api/order-entry/products").param("q", "kk-1")))
                .andExpect(jsonPath("$[*].sku", contains("KK-1KG")));
        mvc.perform(as("care", get("/api/order-entry/products").param("q", "MOD-500|500 g|TEST-MOD-500|2031-01-01")))
                .andExpect(jsonPath("$[*].sku", contains("MOD-500")));
        mvc.perform(as("care", get("/api/order-entry/products").param("q", "%")))
                .andExpect(jsonPath("$", empty()));
        mvc.perform(as("packer", get("/api/order-entry/products").param("q", "kaju")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReturningCustomerIsFoundByPhoneInAnyFormatWithTheirLastOrdersNewestFirst() throws Exception {
        String five = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        String first = orders.create(new NewOrder(Channel.PHONE, new NewOrder.Customer("Meena Joshi", "98200 " + five,
                "3 Temple Road", "Borivali West", "400092"), null, List.of(NewOrder.Line.of("KK-500", 1))),
                TestOrders.BILLER).number();
        String second = orders.create(new NewOrder(Channel.PHONE, new NewOrder.Customer("Meena Joshi",
                "+91 98200 " + five, "4 Temple Road", "Borivali West", "400092", "mr", null), null,
                List.of(NewOrder.Line.of("KAR-250", 2))), TestOrders.BILLER).number();

        mvc.perform(as("care", get("/api/order-entry/customers").param("phone", "098200-" + five)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Meena Joshi"))
                .andExpect(jsonPath("$.phone").value("+9198200" + five))
                .andExpect(jsonPath("$.address").value("4 Temple Road"))
                .andExpect(jsonPath("$.pincode").value("400092"))
                .andExpect(jsonPath("$.language").value("mr"))
                .andExpect(jsonPath("$.lastOrders[*].number", contains(second, first)))
                .andExpect(jsonPath("$.lastOrders[0].items").value("Karanji 250 g × 2"));
        mvc.perform(as("care", get("/api/order-entry/customers").param("phone", "98200 00001")))
                .andExpect(status().isNotFound());
        mvc.perform(as("care", get("/api/order-entry/customers").param("phone", "12345")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("phone"));
        mvc.perform(as("packer", get("/api/order-entry/customers").param("phone", "98200 " + five)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRunningTotalIsPricedAsTheOrderWillBeAndNamesWhatIsWrong() throws Exception {
        mvc.perform(as("care", post("/api/order-entry/quote")).content("""
                        {"lines":[{"sku":"KK-1KG","quantity":2},{"sku":"NO-SUCH","quantity":1},
                                  {"sku":"MOD-500","quantity":1,"unitPrice":1}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[*].sku", contains("KK-1KG")))
                .andExpect(jsonPath("$.lines[0].lineTotal").value(2400.00))
                .andExpect(jsonPath("$.total").value(2400.00))
                .andExpect(jsonPath("$.problems[*].field", containsInAnyOrder("lines[1].sku", "lines[2].unitPrice")));
    }
}

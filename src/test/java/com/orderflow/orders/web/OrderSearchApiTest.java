package com.orderflow.orders.web;

import static com.orderflow.orders.web.OrderApiTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.billing.BillingService;
import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * GET /api/orders?q= and its filters (issue 12): a customer's order is found by the phone in any
 * format, the order or bill number, or part of the name; filters narrow by status, channel, date,
 * zone, delivery boy and paid or not. Each test's customer has a phone and name of its own.
 */
@OrderflowSpringTest
class OrderSearchApiTest {
    private static final ZoneId SHOP = ZoneId.of("Asia/Kolkata");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    BillingService billing;

    /** Five digits nobody else's phone has, after 98200. */
    private static String fiveDigits() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
    }

    private String place(String name, String phone, Channel channel) {
        return orders.create(new NewOrder(channel, new NewOrder.Customer(name, phone, "7 Ganesh Wadi",
                "Dahisar East", "400068"), null, List.of(NewOrder.Line.of("KAR-250", 2))), TestOrders.BILLER).number();
    }

    private JsonNode search(String user, String... params) throws Exception {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/orders").queryParam("size", 200);
        for (int i = 0; i < params.length; i += 2) {
            uri.replaceQueryParam(params[i], params[i + 1]);
        }
        return json.readTree(mvc.perform(as(user, get(uri.build().toUri()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private List<String> numbers(String user, String... params) throws Exception {
        return search(user, params).get("content").findValuesAsText("number");
    }

    @Test
    void aCustomersOrderIsFoundByThePhoneWrittenInAnyOfItsFormats() throws Exception {
        String five = fiveDigits();
        String number = place("Meena Joshi", "98200 " + five, Channel.PHONE);
        for (String typed : List.of("98200 " + five, "+91 98200 " + five, "98200" + five, "098200-" + five,
                "+919820" + "0" + five)) {
            assertThat(numbers("care", "q", typed)).as(typed).containsExactly(number);
        }
        assertThat(numbers("care", "q", five)).as("the last digits alone").contains(number);
    }

    @Test
    void anOrderIsFoundByItsNumberOrPartOfItAndByPartOfTheCustomersNameInAnyCase() throws Exception {
        String surname = "Deshpande" + fiveDigits();
        String first = place("Anjali " + surname, "98200 " + fiveDigits(), Channel.PHONE);
        String second = place("Vikram " + surname, "98200 " + fiveDigits(), Channel.ONLINE);

        assertThat(numbers("care", "q", first)).containsExactly(first);
        assertThat(numbers("care", "q", first.substring(first.length() - 6).toLowerCase())).contains(first);
        assertThat(numbers("care", "q", surname.toLowerCase())).containsExactly(second, first);
        assertThat(numbers("care", "q", "anjali " + surname.toUpperCase())).containsExactly(first);
        assertThat(numbers("care", "q", surname, "channel", "ONLINE")).containsExactly(second);

        JsonNode page = search("care", "q", surname, "size", "1");
        assertThat(page.get("content")).hasSize(1);
        assertThat(page.get("totalElements").asInt()).isEqualTo(2);
        assertThat(page.get("content").get(0).get("customerName").asText()).isEqualTo("Vikram " + surname);
    }

    @Test
    void anOrderIsFoundByItsBillNumberAndThePaidFilterFollowsTheBill() throws Exception {
        String surname = "Kulkarni" + fiveDigits();
        String billed = place("Asha " + surname, "98200 " + fiveDigits(), Channel.PHONE);
        String received = place("Ravi " + surname, "98200 " + fiveDigits(), Channel.PHONE);
        driver.pack(billed).bill(billed);
        String bill = billing.currentBillOf(billed, TestOrders.OWNER).orElseThrow();

        assertThat(numbers("biller", "q", bill)).containsExactly(billed);
        assertThat(numbers("biller", "q", bill.toLowerCase())).containsExactly(billed);
        JsonNode row = search("biller", "q", bill).get("content").get(0);
        assertThat(row.get("billNumber").asText()).isEqualTo(bill);
        assertThat(row.get("paid").asBoolean()).as("billed and paid in cash").isTrue();
        assertThat(row.get("status").asText()).isEqualTo("READY_FOR_DISPATCH");

        assertThat(numbers("biller", "q", surname, "paid", "true")).containsExactly(billed);
        assertThat(numbers("biller", "q", surname, "paid", "false")).containsExactly(received);
        assertThat(numbers("biller", "q", surname, "status", "RECEIVED")).containsExactly(received);
    }

    @Test
    void ordersAreFilteredByDateZoneAndDeliveryBoy() throws Exception {
        String surname = "Patil" + fiveDigits();
        String out = place("Sunil " + surname, "98200 " + fiveDigits(), Channel.PHONE);
        String waiting = place("Kavita " + surname, "98200 " + fiveDigits(), Channel.PHONE);
        driver.pack(out).bill(out).takeOut(out, "ravi");
        String zone = orders.get(waiting, TestOrders.OWNER).deliveryZone();
        assertThat(zone).isEqualTo("Dahisar East");
        LocalDate today = LocalDate.now(SHOP);

        assertThat(numbers("care", "q", surname, "from", today.toString(), "to", today.toString()))
                .containsExactly(waiting, out);
        assertThat(numbers("care", "q", surname, "from", today.plusDays(1).toString())).isEmpty();
        assertThat(numbers("care", "q", surname, "to", today.minusDays(1).toString())).isEmpty();
        assertThat(numbers("care", "q", surname, "zone", zone)).containsExactly(waiting, out);
        assertThat(numbers("care", "q", surname, "zone", "Borivali West")).isEmpty();
        assertThat(numbers("care", "q", surname, "deliveryBoy", "ravi")).containsExactly(out);
        assertThat(numbers("care", "q", surname, "deliveryBoy", "imran")).isEmpty();
        assertThat(search("care", "q", out).get("content").get(0).get("deliveryBoy").asText()).isEqualTo("ravi");
        assertThat(numbers("ravi", "q", surname)).as("a delivery boy finds only what he carries").containsExactly(out);
    }

    @Test
    void aSearchTextIsTakenLiterallyAndABadFilterIsRefused() throws Exception {
        assertThat(numbers("care", "q", "%")).isEmpty();
        assertThat(numbers("care", "q", "_")).isEmpty();
        mvc.perform(as("care", get("/api/orders?status=LOST"))).andExpect(status().isBadRequest());
    }
}

package com.orderflow.orders.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.orders.DeliveryPromise;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderBoard;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderSummary;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * The board at a busy shop (issue 18): each column counts all its orders but shows only its most
 * urgent ones, with "N more" linking to the filtered order list; the late count covers every open
 * order, shown or not. Counts are checked against the database itself (the shared test database
 * holds other tests' orders too).
 */
@OrderflowSpringTest
class OrderBoardTest {
    private static final ZoneId SHOP = ZoneId.of("Asia/Kolkata");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    OrderBoard board;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCrowdedColumnShowsItsNearestPromisesAndCountsTheRest() throws Exception {
        for (int i = 0; i < 3; i++) {
            orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        }
        orders.create(expressOrder(), TestOrders.BILLER);
        String delivered = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(delivered).bill(delivered).takeOut(delivered, "ravi").deliver(delivered);

        JsonNode shown = json.readTree(mvc.perform(get("/api/board").param("cards", "2")
                        .with(user("owner").roles("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        long received = count("status = 'RECEIVED'");
        assertEquals(received, shown.at("/counts/RECEIVED").asLong(), "every received order is counted");
        long deliveredToday = jdbc.queryForObject("SELECT COUNT(*) FROM customer_order WHERE status = 'DELIVERED'"
                + " AND status_since > ?", Long.class,
                java.sql.Timestamp.from(LocalDate.now(SHOP).atStartOfDay(SHOP).toInstant()));
        assertEquals(deliveredToday, shown.at("/counts/DELIVERED").asLong(), "delivered today (shop time) are counted");
        assertEquals(2, shown.at("/columns/RECEIVED").size(), "only two cards are shown");
        assertEquals(2, shown.at("/cardsPerStatus").asInt());

        // the nearest promises come first (an express order is promised within two hours)
        List<String> numbers = List.of(shown.at("/columns/RECEIVED/0/number").asText(),
                shown.at("/columns/RECEIVED/1/number").asText());
        Instant latestShown = Instant.parse(shown.at("/columns/RECEIVED/1/promisedBy").asText());
        Instant nearestHidden = jdbc.queryForObject("SELECT MIN(promised_by) FROM customer_order"
                + " WHERE status = 'RECEIVED' AND order_number NOT IN (?, ?)", java.sql.Timestamp.class,
                numbers.get(0), numbers.get(1)).toInstant();
        assertFalse(latestShown.isAfter(nearestHidden), "no hidden order is promised sooner than a shown one");
        // the newest delivery is on top (other tests share this database, some with a shop clock moved ahead)
        String newest = jdbc.queryForObject("SELECT order_number FROM customer_order WHERE status = 'DELIVERED'"
                + " AND status_since > ? ORDER BY status_since DESC, id DESC LIMIT 1", String.class,
                java.sql.Timestamp.from(LocalDate.now(SHOP).atStartOfDay(SHOP).toInstant()));
        assertEquals(newest, shown.at("/columns/DELIVERED/0/number").asText(), "the newest delivery is on top");
        assertTrue(jdbc.queryForObject("SELECT status_since FROM customer_order WHERE order_number = ?",
                java.sql.Timestamp.class, delivered).toInstant().isAfter(Instant.now().minusSeconds(300)),
                "the order just delivered is among today's deliveries");

        mvc.perform(get("/board").param("cards", "2").with(user("owner").roles("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"more-RECEIVED\""),
                        containsString((received - 2) + " more — see all"),
                        containsString("href=\"/orders?status=RECEIVED\""),
                        containsString("data-api=\"/api/board?cards=2\""))));
        mvc.perform(get("/board").param("cards", "2").param("lang", "mr").with(user("owner").roles("admin")))
                .andExpect(content().string(containsString("आणखी " + (received - 2) + " — सर्व पाहा")));
    }

    @Test
    void aDeliveryBoyCountsOnlyTheOrdersHeCarries() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number).bill(number).takeOut(number, "imran");
        mvc.perform(get("/api/board").with(user("imran").roles("delivery")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.OUT_FOR_DELIVERY")
                        .value((int) count("status = 'OUT_FOR_DELIVERY' AND delivery_boy = 'imran'")))
                .andExpect(jsonPath("$.counts.RECEIVED").value(0));
    }

    /** The late count is SQL over every open order; the red cards are the order's own rule: both must agree. */
    @Test
    void theLateCountAgreesWithTheRedCardsAsTimePasses() {
        LocalDate today = LocalDate.now(SHOP);
        orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        orders.create(expressOrder(), TestOrders.BILLER);
        orders.create(TestOrders.advanceBooking(today.plusDays(3)), TestOrders.BILLER);
        String packed = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(packed);

        Instant now = Instant.now();
        for (Duration later : List.of(Duration.ZERO, Duration.ofMinutes(70), Duration.ofMinutes(130),
                Duration.ofDays(4))) {
            ClockUtil.setCurrentTime(Date.from(now.plus(later)));
            OrderBoard.Board shown = board.board(TestOrders.OWNER);
            long red = 0;
            for (OrderStatus status : OrderStatus.values()) {
                List<OrderSummary> cards = shown.columns().get(status);
                assertEquals(shown.counts().get(status).longValue(), cards.size(),
                        status + ": every card is on the board at the test's cap, so the red ones can be counted");
                red += cards.stream().filter(OrderSummary::late).count();
            }
            assertEquals(red, shown.late(), "late orders " + later + " later");
        }
        assertTrue(board.board(TestOrders.OWNER).late() > 0, "four days on, orders are late");
    }

    @Test
    void aNumberOfCardsOutOfRangeIsRefusedNamingTheParameter() throws Exception {
        for (String cards : List.of("0", "101", "many")) {
            mvc.perform(get("/api/board").param("cards", cards).with(user("owner").roles("admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("cards"));
        }
        mvc.perform(get("/api/board").param("cards", "0").with(user("owner").roles("admin")))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number from 1 to 100"));
        mvc.perform(get("/board").param("cards", "0").with(user("owner").roles("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("1 to 100")));
    }

    private long count(String where) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer_order WHERE " + where, Long.class);
    }

    private static NewOrder expressOrder() {
        NewOrder order = TestOrders.homeDelivery();
        return new NewOrder(order.channel(), order.customer(), null, order.lines(), null, DeliveryPromise.EXPRESS);
    }
}

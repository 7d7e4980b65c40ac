package com.orderflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Tracking links expire 30 days (orderflow.tracking.expire-after-final-days) after the order is
 * over, never while it is open; an expired link gets the same 404 as a tampered one.
 */
@OrderflowSpringTest
class TrackingExpiryTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    TrackingLinks links;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aDeliveredOrdersLinkWorksFor30DaysAfterDeliveryThenAnswersTheSame404AsATamperedOne() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String link = links.linkFor(number, TestOrders.BILLER);
        driver.pack(number).bill(number).takeOut(number, "ravi").deliver(number);
        String unknown = open("/track/" + "A".repeat(43)).getResponse().getContentAsString();

        moveClock(Duration.ofDays(30).minusMinutes(1));
        assertThat(open(link).getResponse().getStatus()).isEqualTo(200);

        moveClock(Duration.ofMinutes(2));
        MvcResult expired = open(link);
        assertThat(expired.getResponse().getStatus()).isEqualTo(404);
        assertThat(expired.getResponse().getContentAsString()).isEqualTo(unknown);
    }

    @Test
    void anOpenOrdersLinkDoesNotExpireHoweverLongItWaits() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String link = links.linkFor(number, TestOrders.BILLER);

        moveClock(Duration.ofDays(90));

        assertThat(open(link).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aCancelledOrdersLinkExpiresLikeADeliveredOne() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String link = links.linkFor(number, TestOrders.BILLER);
        orders.cancel(number, "Customer changed plans", TestOrders.OWNER);

        moveClock(Duration.ofDays(31));

        assertThat(open(link).getResponse().getStatus()).isEqualTo(404);
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }

    private MvcResult open(String link) throws Exception {
        return mvc.perform(get(URI.create(link).getPath()).with(anonymous())).andReturn();
    }
}

package com.orderflow.notifications;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.orderflow.inventory.TestStock;
import com.orderflow.orders.ContactChannel;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** The outbox API and page: Admin and Customer Care see and resend; other roles get 403 problem details. */
@OrderflowSpringTest
class NotificationApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    TestStock stock;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditLog audit;

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user + "123")).contentType(MediaType.APPLICATION_JSON);
    }

    private OrderView order() {
        return orders.create(Customers.order(stock.product(1), Customers.freshPhone(), "hi", ContactChannel.SMS),
                TestOrders.BILLER);
    }

    @Test
    void customerCareFiltersTheOutboxByOrderAndStatus() throws Exception {
        OrderView order = order();
        mvc.perform(as("care", get("/api/notifications")).param("order", order.number()).param("status", "NOT_CONFIGURED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].event").value("ORDER_CONFIRMED"))
                .andExpect(jsonPath("$[0].status").value("NOT_CONFIGURED"))
                .andExpect(jsonPath("$[0].text").value(containsString("नमस्ते Sita")));
    }

    @Test
    void aResendIsANewVersionAndIsAudited() throws Exception {
        OrderView order = order();
        long id = notifications.findByOrderNumberOrderByIdDesc(order.number()).get(0).id();

        mvc.perform(as("care", post("/api/notifications/{id}/resend", id)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.orderNumber").value(order.number()));
        assertTrue(audit.storyOf(order.number()).stream().anyMatch(e -> e.action().equals("NOTIFICATION_RESENT")));
    }

    @Test
    void aPackerMayNotSeeTheOutbox() throws Exception {
        mvc.perform(as("packer", get("/api/notifications")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Not allowed for your role"));
    }

    @Test
    void theAdminRecordsADeliveryBoysPhoneAndOthersMayNot() throws Exception {
        mvc.perform(as("owner", put("/api/notifications/staff-phones/imran")).content("{\"phone\":\"98200 00002\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("+919820000002"));
        mvc.perform(as("owner", put("/api/notifications/staff-phones/imran")).content("{\"phone\":\"imran@shop\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
        mvc.perform(as("biller", put("/api/notifications/staff-phones/imran")).content("{\"phone\":\"98200 00002\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOutboxPageShowsTheMessageAndItsState() throws Exception {
        OrderView order = order();
        mvc.perform(get("/notifications").param("order", order.number()).with(httpBasic("owner", "owner123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not sent: no provider configured")))
                .andExpect(content().string(containsString("आपका ऑर्डर " + order.number())));
    }
}

package com.orderflow.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.orderflow.billing.BillView;
import com.orderflow.billing.BillingFixtures;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.notifications.Outbox;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;
import com.orderflow.tracking.TrackingLinks;

/** The bill API as a client sees it: edits refused with the way to do it right, roles, problem details. */
@OrderflowSpringTest
class BillApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    TrackingLinks links;

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user + "123")).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void editingAnIssuedBillIsRefusedWith409NamingTheRevisionAndCreditNoteEndpoints() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));
        String body = "{\"lines\":[],\"billDiscount\":10}";

        for (MockHttpServletRequestBuilder edit : new MockHttpServletRequestBuilder[] {
                put("/api/bills/{n}", bill.number()), patch("/api/bills/{n}", bill.number()),
                delete("/api/bills/{n}", bill.number())}) {
            mvc.perform(as("biller", edit).content(body))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail", containsString("never edited")))
                    .andExpect(jsonPath("$.detail", containsString("POST /api/bills/" + bill.number() + "/revisions")))
                    .andExpect(jsonPath("$.detail", containsString("POST /api/bills/" + bill.number() + "/credit-notes")));
        }
        assertThat(fixtures.billOf(bill.orderNumber()).billDiscount()).isEqualByComparingTo("0");
        mvc.perform(as("biller", put("/api/bills/KB-0000-000000")).content(body)).andExpect(status().isNotFound());
    }

    @Test
    void packersAndDeliveryBoysAreTurnedAwayManagersAndCustomerCareMayRead() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));

        mvc.perform(as("packer", get("/api/bills/{n}", bill.number()))).andExpect(status().isForbidden());
        mvc.perform(as("ravi", get("/api/bills/{n}", bill.number()))).andExpect(status().isForbidden());
        mvc.perform(as("ravi", get("/api/bills/{n}/bill.pdf", bill.number()))).andExpect(status().isForbidden());
        mvc.perform(as("manager", get("/api/bills/{n}", bill.number())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.grandTotal").value(2750.00));
        mvc.perform(as("care", get("/api/bills").param("q", bill.orderNumber())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].number").value(bill.number()));
        mvc.perform(as("care", post("/api/bills/{n}/payments", bill.number()))
                        .content("{\"mode\":\"cash\",\"amount\":100}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/bills/{n}", bill.number())).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputIsAnsweredWithProblemDetailsNamingEachFieldAndNothingIsSaved() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));
        long payments = jdbc.queryForObject("SELECT COUNT(*) FROM payment", Long.class);

        mvc.perform(as("biller", post("/api/bills/{n}/payments", bill.number()))
                        .content("{\"mode\":\"upi\",\"amount\":3000}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='amount')].message").value(
                        "must be at most the amount due (₹2,750.00)"))
                .andExpect(jsonPath("$.errors[?(@.field=='reference')].message").exists());
        mvc.perform(as("biller", post("/api/bills/{n}/credit-notes", bill.number()))
                        .content("{\"amount\":-5,\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment", Long.class)).isEqualTo(payments);
    }

    @Test
    void aBillerRecordsAUpiPaymentWithItsReferenceAndTheBillIsPaid() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));

        mvc.perform(as("biller", post("/api/bills/{n}/payments", bill.number()))
                        .content("{\"mode\":\"upi\",\"amount\":2750,\"reference\":\"UTR 998877\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.paymentState").value("PAID"))
                .andExpect(jsonPath("$.payments[0].reference").value("UTR 998877"))
                .andExpect(jsonPath("$.upiLink").doesNotExist());
    }

    @Test
    void customerCareSendsTheBillWithTheTrackingAndUpiLinksThroughTheOutbox() throws Exception {
        String order = fixtures.billedOrder("credit", null, null);
        BillView bill = fixtures.billOf(order);

        mvc.perform(as("care", post("/api/bills/{n}/send", bill.number())))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.event").value("BILL_SENT"));
        mvc.perform(as("care", post("/api/bills/{n}/send", bill.number()))).andExpect(status().isAccepted());

        var sent = outbox.list(null, order, TestOrders.CARE).stream()
                .filter(n -> n.event() == NotificationEvent.BILL_SENT).toList();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).text()).contains("Sita", bill.number(), "₹2,750.00",
                links.linkFor(order, TestOrders.CARE), bill.upiLink());
        assertThat(sent).extracting(n -> n.version()).containsExactlyInAnyOrder(1, 2);
        mvc.perform(as("packer", post("/api/bills/{n}/send", bill.number()))).andExpect(status().isForbidden());
    }
}

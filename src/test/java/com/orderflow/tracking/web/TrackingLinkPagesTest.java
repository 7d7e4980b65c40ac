package com.orderflow.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Revoking a customer's tracking link from the order page (issue 12, everyday masters without JSON):
 * after a confirmation the link is revoked, the page says so instead of quietly issuing a new one,
 * the old link's public page answers as any unknown link does, and a new link is one button away.
 * Who may is who may see the order, as for {@code POST /api/orders/{number}/tracking-link/revoke}.
 */
@OrderflowSpringTest
class TrackingLinkPagesTest {
    private static final Pattern LINK = Pattern.compile("data-testid=\"tracking-link\" value=\"([^\"]+/track/([^\"]+))\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;

    private static MockHttpServletRequestBuilder as(String user, String role, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(user).roles(role));
    }

    private String orderPage(String number, String user, String role) throws Exception {
        return mvc.perform(as(user, role, get("/orders/{n}", number))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The token of the link the page shows (the page must show one). */
    private static String token(String page) {
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as("the page shows a tracking link").isTrue();
        return link.group(2);
    }

    private MockHttpServletResponse publicPage(String token) throws Exception {
        return mvc.perform(get("/track/{t}", token)).andReturn().getResponse();
    }

    @Test
    void aRevokedLinkIsSaidOnTheOrderPageAndItsPublicPageAnswersAsNotFound() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String before = orderPage(number, "care", "customer-care");
        String old = token(before);
        assertThat(before).contains("data-testid=\"revoke-tracking-link\"", "data-testid=\"confirm-revoke\"",
                "action=\"/orders/" + number + "/tracking-link/revoke\"");
        assertThat(publicPage(old).getStatus()).isEqualTo(200);

        mvc.perform(as("care", "customer-care", post("/orders/{n}/tracking-link/revoke", number)))
                .andExpect(redirectedUrl("/orders/" + number + "#tracking-title"))
                .andExpect(flash().attribute("flash", "tracking.staff.revokedFlash"));

        String after = orderPage(number, "care", "customer-care");
        assertThat(after).contains("data-testid=\"tracking-revoked\"", "tracking link was revoked",
                "data-testid=\"issue-tracking-link\"").doesNotContain("data-testid=\"tracking-link\"",
                "data-testid=\"tracking-qr\"", "data-testid=\"revoke-tracking-link\"");
        assertThat(orderPage(number, "biller", "biller")).as("looking again does not hand out a new link")
                .contains("data-testid=\"tracking-revoked\"");
        MockHttpServletResponse revoked = publicPage(old);
        MockHttpServletResponse unknown = publicPage("no-such-token");
        assertThat(revoked.getStatus()).isEqualTo(404);
        assertThat(revoked.getContentAsString()).isEqualTo(unknown.getContentAsString());
    }

    @Test
    void aNewLinkIsIssuedFromTheOrderPageAfterARevocation() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String old = token(orderPage(number, "biller", "biller"));
        mvc.perform(as("biller", "biller", post("/orders/{n}/tracking-link/revoke", number)));

        mvc.perform(as("biller", "biller", post("/orders/{n}/tracking-link", number)))
                .andExpect(redirectedUrl("/orders/" + number + "#tracking-title"))
                .andExpect(flash().attribute("flash", "tracking.staff.issuedFlash"));

        String fresh = token(orderPage(number, "biller", "biller"));
        assertThat(fresh).isNotEqualTo(old);
        assertThat(publicPage(fresh).getStatus()).isEqualTo(200);
        assertThat(publicPage(old).getStatus()).isEqualTo(404);
    }

    @Test
    void onlyWhoMaySeeTheOrderMayRevokeItsLinkAndTheFormNeedsItsCsrfToken() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number).bill(number).takeOut(number, "ravi");
        String old = token(orderPage(number, "ravi", "delivery"));

        mvc.perform(as("imran", "delivery", get("/orders/{n}", number))).andExpect(status().isNotFound());
        mvc.perform(as("imran", "delivery", post("/orders/{n}/tracking-link/revoke", number)))
                .andExpect(status().isNotFound());
        mvc.perform(as("imran", "delivery", post("/orders/{n}/tracking-link", number)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/orders/{n}/tracking-link/revoke", number).with(user("owner").roles("admin")))
                .andExpect(status().isForbidden());
        assertThat(publicPage(old).getStatus()).as("the link still opens").isEqualTo(200);
        assertThat(orderPage(number, "ravi", "delivery")).as("his own order: the API lets him revoke, so the page does")
                .contains("data-testid=\"revoke-tracking-link\"");
    }
}

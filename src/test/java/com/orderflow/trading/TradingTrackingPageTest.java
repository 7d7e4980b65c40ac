package com.orderflow.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.support.OrderflowSpringTest;

/**
 * The customer's tracking page of a trading order behind its signed link (E2), without a login: the
 * seed's timeline with each moment's progress, the AWB and the courier's scans, in the customer's
 * language; an altered link opens nothing.
 */
@OrderflowSpringTest
class TradingTrackingPageTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    AutowireCapableBeanFactory beans;

    @Test
    void theCustomerSeesTheTimelineWithProgressAndTheAwbAndAnAlteredLinkOpensNothing() throws Exception {
        TradingShop shop = new TradingShop(beans.createBean(TradingShop.Parts.class));
        String number = shop.order(PaymentMode.COD, shop.product(5, null), 1);
        String awb = shop.shipFromWarehouse(number);
        shop.scan(awb, "IN_TRANSIT", Instant.parse("2026-12-01T10:00:00Z"));
        String link = shop.view(number).trackingLink();
        String token = link.substring(link.lastIndexOf('/') + 1);

        String page = mvc.perform(get("/trading/public/track/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertTrue(page.contains("Order confirmed") && page.contains("5 %"), page);
        assertTrue(page.contains("Shipped") && page.contains("40 %"), "dispatched with AWB: 40 %");
        assertTrue(page.contains(awb) && page.contains("IN_TRANSIT"), "the AWB and its scans");
        assertTrue(page.contains("data-testid=\"progress\">50 %"), "in transit: 50 %");
        assertTrue(!page.contains("Meena Joshi") && !page.contains("12 Lake Road"), "first name only, no address");
        assertEquals(12, page.split("data-reached=").length - 1, "the seed's twelve moments");

        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        mvc.perform(get("/trading/public/track/" + altered)).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Not found")));
    }
}

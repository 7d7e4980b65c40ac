package com.orderflow.delivery.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.delivery.ReadyOrders;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;

/** The runs and zones pages: who sees them, the plan button and forms, in the reader's language. */
@OrderflowSpringTest
class DeliveryPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orderService;
    @Autowired
    OrderDriver driver;

    @Test
    void theDispatcherPlansFromTheRunsPageAndSeesTheStopsInOrder() throws Exception {
        String order = new ReadyOrders(orderService, driver).ready("Chikuwadi", "400092");
        mvc.perform(get("/delivery/runs").with(httpBasic("manager", "manager123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"plan\"")));
        mvc.perform(post("/delivery/runs/plan").with(csrf()).with(httpBasic("manager", "manager123")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/delivery/runs"))
                .andExpect(flash().attribute("flash", "delivery.planned"));
        mvc.perform(get("/delivery/runs").with(httpBasic("manager", "manager123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"stop-" + order + "\"")))
                .andExpect(content().string(containsString("Borivali West")));
        mvc.perform(get("/delivery/runs").param("lang", "mr").with(httpBasic("manager", "manager123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("फेऱ्या आखा")));
        mvc.perform(get("/delivery/runs").param("lang", "hi").with(httpBasic("imran", "imran123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("डिलीवरी राउंड")))
                .andExpect(content().string(containsString("data-testid=\"stop-" + order + "\"")))
                .andExpect(content().string(not(containsString("data-testid=\"plan\""))));
        mvc.perform(get("/delivery/runs").with(httpBasic("ravi", "ravi123")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"stop-" + order + "\""))));
        mvc.perform(get("/delivery/runs").with(httpBasic("packer", "packer123"))).andExpect(status().isForbidden());
        mvc.perform(post("/delivery/runs/plan").with(csrf()).with(httpBasic("ravi", "ravi123")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMoveWithoutATargetRunIsExplainedOnThePage() throws Exception {
        mvc.perform(post("/delivery/runs/move").param("fromRun", "1").param("orderNumber", "KO-2026-000001")
                        .with(csrf()).with(httpBasic("owner", "owner123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("toRun: is required")));
    }

    @Test
    void theZonesPageListsLocalitiesAndLetsAnAdminAddOne() throws Exception {
        mvc.perform(get("/delivery/zones").with(httpBasic("owner", "owner123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"zone-Dahisar West\"")))
                .andExpect(content().string(containsString("Kandarpada")))
                .andExpect(content().string(containsString("data-testid=\"locality-form\"")));
        mvc.perform(post("/delivery/localities").param("name", "Vaishali Nagar").param("pincode", "40068")
                        .param("latitude", "19.2500").with(csrf()).with(httpBasic("owner", "owner123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("pincode: must be a 6-digit pincode")))
                .andExpect(content().string(containsString("longitude: must be degrees between -180 and 180")))
                .andExpect(content().string(containsString("value=\"Vaishali Nagar\"")));
        mvc.perform(post("/delivery/localities").param("name", "Vaishali Nagar").param("pincode", "400068")
                        .param("latitude", "19.2500").param("longitude", "72.8530")
                        .with(csrf()).with(httpBasic("owner", "owner123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("zone: must be chosen")));
        mvc.perform(post("/delivery/localities").param("name", "Vaishali Nagar").param("pincode", "400068")
                        .param("zone", "Dahisar West").param("latitude", "19.2500").param("longitude", "72.8530")
                        .with(csrf()).with(httpBasic("owner", "owner123")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/delivery/zones"));
        mvc.perform(get("/delivery/zones").param("lang", "mr").with(httpBasic("care", "care123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vaishali Nagar")))
                .andExpect(content().string(containsString("डिलिव्हरी झोन")))
                .andExpect(content().string(not(containsString("data-testid=\"locality-form\""))));
        mvc.perform(get("/delivery/zones").with(httpBasic("ravi", "ravi123"))).andExpect(status().isForbidden());
    }
}

package com.orderflow.delivery.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.delivery.DeliveryService;
import com.orderflow.delivery.PlanResult;
import com.orderflow.delivery.ReadyOrders;
import com.orderflow.delivery.RunView;
import com.orderflow.delivery.TestDeliveryBoys;
import com.orderflow.delivery.TestZones;
import com.orderflow.delivery.ZoneService;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * The dispatcher's side of runs: runs on the road listed beside the planned ones with customers and
 * money, a run started from /delivery/runs, a zone with no default delivery boy said on the planning
 * pages, a stop's point pinned on a page, and the delivery boy landing on his run after sign-in.
 */
@OrderflowSpringTest
class RunsPageTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orderService;
    @Autowired
    OrderDriver driver;
    @Autowired
    DeliveryService delivery;
    @Autowired
    ZoneService zones;
    @Autowired
    IdentityService identity;

    private ReadyOrders orders;

    @BeforeEach
    void orders() {
        orders = new ReadyOrders(orderService, driver);
    }

    @Test
    void runsOnTheRoadAreListedWithCustomersAndAmountsAndAPlannedRunStartsFromThePage() throws Exception {
        String boy = TestDeliveryBoys.fresh(identity, "akash");
        TestZones zone = TestZones.fresh(zones, "Gorai", boy);
        String gaon = zone.locality("Gaon", "400091", 19.2400, 72.8300);
        String cod = orders.cashOnDelivery("Kavita Rane", gaon, "400091");
        String paid = orders.ready(gaon, "400091");
        long run = runOf(delivery.plan(TestOrders.OWNER), cod).number();

        mvc.perform(get("/delivery/runs").with(httpBasic("manager", "manager123")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"start-" + run + "\""),
                        containsString("Kavita Rane"), containsString("To collect: ₹180.00"),
                        containsString("/delivery/points/" + cod),
                        containsString("/delivery/runs/" + run + "/sheet.pdf"),
                        not(containsString("data-testid=\"road-" + run + "\"")))));

        mvc.perform(post("/delivery/runs/start").param("run", Long.toString(run)).with(csrf())
                        .with(httpBasic("manager", "manager123")))
                .andExpect(redirectedUrl("/delivery/runs"))
                .andExpect(flash().attribute("flash", "delivery.runStarted"));
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, orderService.get(cod, TestOrders.OWNER).status());
        assertEquals(boy, orderService.get(paid, TestOrders.OWNER).deliveryBoy());

        mvc.perform(get("/delivery/runs").with(httpBasic("owner", "owner123")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"road-" + run + "\""),
                        containsString("data-testid=\"road-stop-" + cod + "\""), containsString("Kavita Rane"),
                        containsString("2 of 2 stops open"), containsString("To collect: ₹180.00"),
                        containsString("Paid"), not(containsString("data-testid=\"start-" + run + "\"")))));
        // a run that cannot leave says why on the page
        mvc.perform(post("/delivery/runs/start").param("run", Long.toString(run)).with(csrf())
                        .with(httpBasic("manager", "manager123")))
                .andExpect(redirectedUrl("/delivery/runs"))
                .andExpect(flash().attribute("problem", containsString("only a planned run can be taken out")));
        mvc.perform(post("/delivery/runs/start").param("run", Long.toString(run)).with(csrf())
                        .with(httpBasic("packer", "packer123")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aZoneWithoutADefaultDeliveryBoyIsSaidOnThePlanningPagesAndItsRunWaitsToBeGiven() throws Exception {
        TestZones zone = TestZones.fresh(zones, "Manori", null);
        String koliwada = zone.locality("Koliwada", "400095", 19.2130, 72.7900);
        String order = orders.ready(koliwada, "400095");

        PlanResult plan = delivery.plan(TestOrders.OWNER);
        RunView run = runOf(plan, order);
        assertNull(run.deliveryBoy());
        assertTrue(plan.runsWithoutDeliveryBoy().contains(run.number()));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("Run " + run.number()) && w.contains(zone.name())
                && w.contains("no delivery boy")), plan.warnings().toString());

        String waiting = "Run " + run.number() + " · " + zone.name();
        mvc.perform(get("/delivery/runs").with(httpBasic("manager", "manager123")))
                .andExpect(content().string(allOf(containsString("data-testid=\"no-boy\""), containsString(waiting),
                        containsString("data-testid=\"assign-" + run.number() + "\""))));
        mvc.perform(get("/delivery/planning").with(httpBasic("biller", "biller123")))
                .andExpect(content().string(allOf(containsString("data-testid=\"no-boy\""), containsString(waiting))));
        mvc.perform(get("/delivery/runs").param("lang", "mr").with(httpBasic("manager", "manager123")))
                .andExpect(content().string(containsString("या फेऱ्यांना डिलिव्हरी बॉय नाही")));

        mvc.perform(post("/delivery/runs/assign").param("run", Long.toString(run.number())).param("deliveryBoy", "imran")
                        .with(csrf()).with(httpBasic("manager", "manager123")))
                .andExpect(redirectedUrl("/delivery/runs"));
        mvc.perform(get("/delivery/planning").with(httpBasic("biller", "biller123")))
                .andExpect(content().string(not(containsString(waiting))));
    }

    @Test
    void aDispatcherPinsAStopsPointOnAPage() throws Exception {
        String order = orders.ready("Rawalpada", "400068");
        mvc.perform(get("/delivery/points/" + order).with(httpBasic("manager", "manager123")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Flat 4, Sai Krupa, Rawalpada 400068"),
                        containsString("Routed to its locality&#39;s point"), containsString("value=\"19.2605\""),
                        containsString("data-testid=\"pin-form\""))));
        mvc.perform(post("/delivery/points/" + order).param("latitude", "95").param("longitude", "72.8690")
                        .with(csrf()).with(httpBasic("manager", "manager123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("latitude: must be degrees between -90 and 90"),
                        containsString("value=\"95.0\""))));
        mvc.perform(post("/delivery/points/" + order).param("latitude", "19.2611").param("longitude", "72.8690")
                        .with(csrf()).with(httpBasic("manager", "manager123")))
                .andExpect(redirectedUrl("/delivery/runs"));
        mvc.perform(get("/delivery/points/" + order).with(httpBasic("owner", "owner123")))
                .andExpect(content().string(allOf(containsString("Routed to the point pinned for this order"),
                        containsString("value=\"19.2611\""))));
        mvc.perform(get("/delivery/points/" + order).with(httpBasic("ravi", "ravi123"))).andExpect(status().isForbidden());
        mvc.perform(get("/delivery/points/KO-1999-999999").with(httpBasic("owner", "owner123")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDeliveryBoyLandsOnHisRunAfterSignInAndOthersOnTheBoard() throws Exception {
        mvc.perform(formLogin().user("ravi").password("ravi123")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/").with(httpBasic("ravi", "ravi123"))).andExpect(redirectedUrl("/delivery/my-run"));
        mvc.perform(get("/").with(httpBasic("owner", "owner123"))).andExpect(redirectedUrl("/board"));
        mvc.perform(get("/").with(httpBasic("biller", "biller123"))).andExpect(redirectedUrl("/board"));
    }

    private static RunView runOf(PlanResult plan, String order) {
        return plan.runs().stream().filter(r -> r.stops().stream().anyMatch(s -> s.orderNumber().equals(order)))
                .findFirst().orElseThrow();
    }
}

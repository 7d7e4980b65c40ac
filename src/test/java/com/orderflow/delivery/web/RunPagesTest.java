package com.orderflow.delivery.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.delivery.ReadyOrders;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;

/** The dispatch plan, the live map and the phone page as each role sees them. */
@OrderflowSpringTest
class RunPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    com.orderflow.delivery.DeliveryService delivery;

    @Test
    void thePlanShowsWaitingBookingsPackedOrdersAndDeliveriesWithTheirProof() throws Exception {
        ReadyOrders ready = new ReadyOrders(orders, driver);
        String delivered = ready.ready("Rawalpada", "400068");
        driver.takeOut(delivered, "ravi").deliver(delivered);
        String waiting = ready.ready("Rawalpada", "400068");
        long proof = driver.runOf(delivered).stops().get(0).proofs().get(0).id();

        mvc.perform(get("/delivery/planning").with(user("manager").roles("order-manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"completed-" + delivered + "\""),
                        containsString("/delivery/proofs/" + proof + "/thumbnail"),
                        containsString("data-testid=\"packed-" + waiting + "\""))));
        mvc.perform(get("/delivery/planning").with(user("packer").roles("packer"))).andExpect(status().isForbidden());
    }

    @Test
    void theLiveMapIsForDispatchersAndWorksWithoutTiles() throws Exception {
        String out = new ReadyOrders(orders, driver).ready("Rawalpada", "400068");
        driver.takeOut(out, "ravi");
        long run = driver.runOf(out).number();
        mvc.perform(get("/delivery/map").with(user("owner").roles("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"no-tiles\""),
                        containsString("data-testid=\"map-run-" + run + "\""),
                        containsString("/webjars/leaflet/1.9.4/dist/leaflet.js"))));
        mvc.perform(get("/webjars/leaflet/1.9.4/dist/leaflet.js").with(user("owner").roles("admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/delivery/map").with(user("ravi").roles("delivery"))).andExpect(status().isForbidden());
    }

    @Test
    void aRunWithoutADeliveryBoyIsRefusedWithTheFieldNamedInWords() throws Exception {
        String unzoned = new ReadyOrders(orders, driver).ready("Nowhere Nagar", "110001");
        long run = delivery.plan(com.orderflow.support.TestOrders.OWNER).runs().stream()
                .filter(r -> r.deliveryBoy() == null
                        && r.stops().stream().anyMatch(s -> s.orderNumber().equals(unzoned)))
                .findFirst().orElseThrow().number();
        mvc.perform(post("/delivery/my-run/start").param("run", Long.toString(run))
                        .with(user("owner").roles("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", allOf(
                        containsString("deliveryBoy: must be chosen before run " + run + " is taken out"),
                        not(containsString("FieldProblem")))));
    }

    @Test
    void aDeliveryBoysPhonePageShowsOnlyHisRunsAndTakesAnOrderOutForHim() throws Exception {
        ReadyOrders ready = new ReadyOrders(orders, driver);
        String imrans = ready.ready("Rawalpada", "400068");
        driver.takeOut(imrans, "imran");
        String next = ready.ready("Rawalpada", "400068");

        mvc.perform(post("/delivery/my-run/take-out").param("orderNumber", next)
                        .with(user("ravi").roles("delivery")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "delivery.runStarted"));
        mvc.perform(get("/delivery/my-run").with(user("ravi").roles("delivery")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"stop-" + next + "\""),
                        containsString("capture=\"environment\""), containsString("tel:"),
                        not(containsString("data-testid=\"stop-" + imrans + "\"")))));
        mvc.perform(post("/delivery/my-run/take-out").param("orderNumber", "KO-NOPE")
                        .with(user("ravi").roles("delivery")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("orderNumber")));
    }
}

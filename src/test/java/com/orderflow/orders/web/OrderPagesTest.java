package com.orderflow.orders.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** The staff pages as a browser receives them: board, order page, notes and cancel forms, languages. */
@OrderflowSpringTest
class OrderPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;

    static RequestPostProcessor staff(String id, String role) {
        return user(id).roles(role);
    }

    @Test
    void theBoardShowsEachOrderInItsColumnWithItsColour() throws Exception {
        String received = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String delivered = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(delivered).bill(delivered).takeOut(delivered, "ravi").deliver(delivered);
        mvc.perform(get("/board").with(staff("owner", "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-testid=\"column-RECEIVED\""),
                        containsString("data-testid=\"card-" + received + "\""),
                        containsString("data-testid=\"card-" + delivered + "\""),
                        containsString("colour-green"),
                        containsString("href=\"/orders/new\""))));
    }

    @Test
    void aDeliveryBoysBoardShowsOnlyHisOrdersAndNoOrderForm() throws Exception {
        String ravis = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(ravis).bill(ravis).takeOut(ravis, "ravi");
        String other = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(get("/board").with(staff("ravi", "delivery")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("card-" + ravis),
                        not(containsString("card-" + other)), not(containsString("href=\"/orders/new\"")))));
        mvc.perform(get("/orders/" + other).with(staff("ravi", "delivery"))).andExpect(status().isNotFound());
    }

    @Test
    void theOrderPageShowsLinesTimelineAndThreadedNotes() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        var note = orders.addNote(number, "Karanji pack missing 2 pcs", null, TestOrders.PACKER);
        orders.addNote(number, "Billed 2 less", note.id(), TestOrders.BILLER);
        mvc.perform(get("/orders/" + number).with(staff("biller", "biller")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kaju Katli"), containsString("₹2,750.00"),
                        containsString("data-testid=\"timeline\""), containsString("Karanji pack missing 2 pcs"),
                        containsString("data-reply-to=\"" + note.id() + "\""), containsString("data-testid=\"cancel-form\""))));
    }

    @Test
    void aNoteFromTheFormIsSavedAndABlankOneIsShownAsAnError() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(post("/orders/" + number + "/notes").with(staff("packer", "packer")).with(csrf())
                        .param("body", "Modak box is short by one"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders/" + number + "#notes"));
        assertEquals("Modak box is short by one", orders.notes(number, TestOrders.OWNER).get(0).body());

        mvc.perform(post("/orders/" + number + "/notes").with(staff("packer", "packer")).with(csrf()).param("body", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-testid=\"note-error\"")));
        assertEquals(1, orders.notes(number, TestOrders.OWNER).size());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(post("/orders/" + number + "/cancel").with(staff("owner", "admin")).param("reason", "forged"))
                .andExpect(status().isForbidden());
        assertEquals(OrderStatus.RECEIVED, orders.get(number, TestOrders.OWNER).status());
    }

    @Test
    void aRefusedCancellationIsExplainedOnTheOrderPage() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number);
        mvc.perform(post("/orders/" + number + "/cancel").with(staff("care", "customer-care")).with(csrf())
                        .param("reason", "customer asked"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("data-testid=\"cancel-refused\"")));
        assertEquals(OrderStatus.PACKED, orders.get(number, TestOrders.OWNER).status());
    }

    @Test
    void pagesSpeakMarathiAndHindiWhenAsked() throws Exception {
        mvc.perform(get("/board").param("lang", "mr").with(staff("owner", "admin")))
                .andExpect(content().string(containsString("नवीन ऑर्डर")));
        mvc.perform(get("/board").param("lang", "hi").with(staff("owner", "admin")))
                .andExpect(content().string(containsString("नया ऑर्डर")));
    }

    @Test
    void aMissingOrderIsAPageForPeopleAndProblemDetailsForTheApi() throws Exception {
        mvc.perform(get("/orders/KO-1999-000001").with(staff("owner", "admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"));
        mvc.perform(get("/api/orders/KO-1999-000001").with(staff("owner", "admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void theNavigationOffersEachRoleItsOwnPages() throws Exception {
        mvc.perform(get("/board").with(staff("biller", "biller")))
                .andExpect(content().string(allOf(containsString("href=\"/inventory/counter\""),
                        containsString("href=\"/inventory/stock\""), not(containsString("/camunda/app/cockpit/")))));
        mvc.perform(get("/board").with(staff("packer", "packer")))
                .andExpect(content().string(allOf(containsString("href=\"/inventory/stock\""),
                        not(containsString("href=\"/inventory/counter\"")), not(containsString("href=\"/orders/new\"")))));
        mvc.perform(get("/board").with(staff("ravi", "delivery")))
                .andExpect(content().string(not(containsString("href=\"/inventory/stock\""))));
        mvc.perform(get("/board").with(staff("manager", "order-manager")))
                .andExpect(content().string(containsString("/camunda/app/cockpit/")));
    }

    @Test
    void theLoginPageListsTheDemoUsers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"demo-users\""),
                        containsString("owner123"))));
    }
}

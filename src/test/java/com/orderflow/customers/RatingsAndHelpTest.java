package com.orderflow.customers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.TicketSource;
import com.orderflow.helpdesk.TicketView;
import com.orderflow.notifications.DirectMessages;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.notifications.NotificationView;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.platform.ShopClock;
import com.orderflow.reports.Grouping;
import com.orderflow.reports.PeopleReport;
import com.orderflow.reports.ReportRange;
import com.orderflow.reports.ReportTable;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * A customer rates a delivered order once (F8) and asks for help on one (F10, S3) from their
 * account: the rating link arrives by message; a rating outside 1–5, a second one or one before
 * delivery is refused by name and changes nothing; below 4 stars Customer Care gets a ticket naming
 * the delivery boy and the packer; the customer's ticket gets the shop's answer by message and on
 * the page, without the staff's notes.
 */
@OrderflowSpringTest
class RatingsAndHelpTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    DirectMessages outbox;
    @Autowired
    SignIn signIn;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    HelpDesk helpDesk;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleReport peopleReport;
    @Autowired
    ShopClock clock;

    @BeforeEach
    void freshLimits() {
        signIn.resetLimits();
    }

    @Test
    void aDeliveredOrderIsRatedOnceAndALowRatingOpensACustomerCareTaskWithTheDeliveryBoyAndThePacker()
            throws Exception {
        MockHttpSession me = CustomerAccess.signIn(mvc, outbox, "98200 40001", "+919820040001");
        String early = orders.create(orderFor("98200 40001"), TestOrders.BILLER).number();
        mvc.perform(post("/my/orders/{n}/rating", early).session(me).with(csrf()).param("stars", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Order: can be rated once it is delivered")));

        String number = delivered("98200 40001");
        NotificationView ask = outbox.of(number).stream().filter(n -> n.event() == NotificationEvent.RATING_REQUEST)
                .findFirst().orElseThrow(() -> new AssertionError("no rating request for " + number));
        assertEquals("+919820040001", ask.recipient());
        assertTrue(ask.text().contains("/my/orders/" + number + "?lang=en#rate"), ask.text());
        mvc.perform(get("/my/orders/{n}", number).session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"rating-form\"")));

        for (String stars : List.of("0", "6", "three")) {
            mvc.perform(post("/my/orders/{n}/rating", number).session(me).with(csrf()).param("stars", stars))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Stars: must be a whole number from 1 to 5")));
        }
        mvc.perform(post("/my/orders/{n}/rating", number).session(me).with(csrf()).param("stars", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("What went wrong: say what went wrong when the rating is below 4")));
        assertEquals(0, jdbc.queryForObject("select count(*) from order_rating where order_number = ?", Integer.class,
                number), "nothing saved");
        assertTrue(helpDesk.ticketsOf(number).isEmpty());

        mvc.perform(post("/my/orders/{n}/rating", number).session(me).with(csrf()).param("stars", "2")
                .param("comment", "The box was crushed")).andExpect(status().is3xxRedirection());
        List<TicketView> tickets = helpDesk.ticketsOf(number);
        assertEquals(1, tickets.size());
        TicketView care = tickets.get(0);
        assertEquals(TicketSource.LOW_RATING, care.source());
        assertEquals("+919820040001", care.customerPhone());
        assertEquals("Rated 2 of 5. What went wrong: The box was crushed", care.messages().get(0).body());
        Task answer = tasks.createTaskQuery().processInstanceBusinessKey(care.number()).singleResult();
        assertTrue(answer.getName().contains(care.number()) && answer.getName().contains(number)
                && answer.getName().contains("Rated 2 of 5 · delivered by ravi · packed by packer"), answer.getName());
        assertTrue(tasks.getIdentityLinksForTask(answer.getId()).stream().map(IdentityLink::getGroupId)
                .anyMatch("customer-care"::equals), "Customer Care's task");
        mvc.perform(get("/my/orders/{n}", number).session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-stars=\"2\"")))
                .andExpect(content().string(containsString(care.number())));

        assertTrue(lowRatingsOf("ravi") >= 1 && lowRatingsOf("packer") >= 1, "the people report counts it");

        mvc.perform(post("/my/orders/{n}/rating", number).session(me).with(csrf()).param("stars", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Stars: is given once per order; this order is rated already")));
        assertEquals(2, jdbc.queryForObject("select stars from order_rating where order_number = ?", Integer.class,
                number));

        MockHttpSession other = CustomerAccess.signIn(mvc, outbox, "98200 40002", "+919820040002");
        mvc.perform(post("/my/orders/{n}/rating", number).session(other).with(csrf()).param("stars", "1")
                .param("comment", "not mine")).andExpect(status().isNotFound());
    }

    @Test
    void aCustomerAsksAboutAnOrderReadsTheShopsAnswerButNotItsNotesAndWritesAgain() throws Exception {
        MockHttpSession me = CustomerAccess.signIn(mvc, outbox, "98200 40003", "+919820040003");
        String number = orders.create(orderFor("98200 40003"), TestOrders.BILLER).number();
        String someoneElses = orders.create(orderFor("98200 40004"), TestOrders.BILLER).number();

        mvc.perform(post("/my/help").session(me).with(csrf()).param("orderNumber", someoneElses)
                .param("message", "Where is it?")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Order: must be one of your orders")));
        mvc.perform(post("/my/help").session(me).with(csrf()).param("orderNumber", number).param("message", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Message: write what you need")));
        assertTrue(helpDesk.ticketsOf(someoneElses).isEmpty() && helpDesk.ticketsOf(number).isEmpty());

        String location = mvc.perform(post("/my/help").session(me).with(csrf()).param("orderNumber", number)
                .param("message", "Please deliver after 6 pm")).andExpect(redirectedUrlPattern("/my/help/*"))
                .andReturn().getResponse().getRedirectedUrl();
        TicketView ticket = helpDesk.ticketsOf(number).get(0);
        assertEquals("/my/help/" + ticket.number(), location);
        assertEquals(TicketSource.ACCOUNT, ticket.source());

        helpDesk.reply(ticket.number(), "Yes, the boy comes at 6:30 pm.", false, TestOrders.CARE);
        jdbc.update("insert into helpdesk_message (ticket_id, direction, author, body, at, mail_attempts) "
                + "select id, 'NOTE', 'care', 'Staff only: customer is fussy', now(), 0 from helpdesk_ticket where ticket_number = ?",
                ticket.number());
        NotificationView answer = outbox.of(ticket.number()).stream()
                .filter(n -> n.event() == NotificationEvent.HELPDESK_REPLY).findFirst()
                .orElseThrow(() -> new AssertionError("the answer was not sent on"));
        assertEquals("+919820040003", answer.recipient());
        assertTrue(answer.text().contains("Yes, the boy comes at 6:30 pm.")
                && answer.text().contains("/my/help/" + ticket.number()), answer.text());

        mvc.perform(get("/my/help/{t}", ticket.number()).session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Yes, the boy comes at 6:30 pm.")))
                .andExpect(content().string(not(containsString("Staff only"))));
        mvc.perform(post("/my/help/{t}", ticket.number()).session(me).with(csrf()).param("message", "Thank you"))
                .andExpect(status().is3xxRedirection());
        assertEquals("Thank you", helpDesk.ticketsOf(number).get(0).messages().stream()
                .filter(m -> m.direction().equals("IN")).reduce((a, b) -> b).orElseThrow().body());

        MockHttpSession other = CustomerAccess.signIn(mvc, outbox, "98200 40004", "+919820040004");
        mvc.perform(get("/my/help/{t}", ticket.number()).session(other)).andExpect(status().isNotFound());
        mvc.perform(post("/my/help/{t}", ticket.number()).session(other).with(csrf()).param("message", "mine now"))
                .andExpect(status().isNotFound());
    }

    /** The people report's "Rated below 4" of today for the person. */
    private long lowRatingsOf(String person) {
        ReportTable people = peopleReport.report(new ReportRange(clock.today(), clock.today(), Grouping.DAY),
                TestOrders.OWNER).tables().get(0);
        int column = people.columns().stream().map(ReportTable.Column::id).toList().indexOf("ratedLow");
        return people.rows().stream().filter(row -> person.equals(row.get(0))).findFirst()
                .map(row -> ((Number) row.get(column)).longValue()).orElse(0L);
    }

    private String delivered(String phone) {
        String number = orders.create(orderFor(phone), TestOrders.BILLER).number();
        driver.pack(number).bill(number).takeOut(number, "ravi").deliver(number);
        return number;
    }

    static NewOrder orderFor(String phone) {
        NewOrder order = TestOrders.homeDelivery();
        return new NewOrder(order.channel(), new NewOrder.Customer("Meera Rate", phone, order.customer().address(),
                order.customer().locality(), order.customer().pincode()), order.deliveryDate(), order.lines());
    }
}

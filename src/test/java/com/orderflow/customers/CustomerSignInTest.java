package com.orderflow.customers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.notifications.DirectMessages;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Sign-in by one-time code (F8): the code arrives through the outbox, works once, within 5 minutes,
 * for 5 tries; phones and addresses are rate-limited; codes are kept hashed; a customer session
 * sees only its own orders and no staff page, and a staff login is no customer session.
 */
@OrderflowSpringTest
class CustomerSignInTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    DirectMessages outbox;
    @Autowired
    SignIn signIn;
    @Autowired
    OrderService orders;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void freshLimits() {
        signIn.resetLimits();
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aCustomerSignsInWithTheCodeFromTheOutboxAndSeesOnlyTheirOwnOrders() throws Exception {
        String mine = orders.create(order("Asha Kulkarni", "98200 10001"), TestOrders.BILLER).number();
        String theirs = orders.create(order("Vikram Joshi", "98200 10002"), TestOrders.BILLER).number();

        MockHttpSession session = CustomerAccess.signIn(mvc, outbox, "98200 10001", "+919820010001");

        mvc.perform(get("/my").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(mine)))
                .andExpect(content().string(not(containsString(theirs))))
                .andExpect(content().string(containsString("Namaste Asha")));
        mvc.perform(get("/my/orders/" + mine).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"timeline\"")));
        mvc.perform(get("/my/orders/" + mine + "/timeline").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"status\":\"RECEIVED\"")));
        // another customer's order is a 404, exactly like one that does not exist
        mvc.perform(get("/my/orders/" + theirs).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/my/orders/" + theirs + "/timeline").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/my/orders/" + theirs + "/bill.pdf").session(session)).andExpect(status().isNotFound());
        mvc.perform(post("/my/orders/" + theirs + "/cancel").session(session).with(csrf()).param("reason", "not mine"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/orders/KO-1999-999999").session(session)).andExpect(status().isNotFound());
    }

    @Test
    void aCustomerSessionOpensNoStaffPageAndAStaffLoginIsNoCustomerSession() throws Exception {
        MockHttpSession customer = CustomerAccess.signIn(mvc, outbox, "98200 10003", "+919820010003");
        mvc.perform(get("/board").session(customer).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/api/orders").session(customer)).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/task").session(customer)).andExpect(status().isUnauthorized());

        MockHttpSession staff = (MockHttpSession) mvc.perform(formLogin("/login").user("owner").password("owner123"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/board").session(staff)).andExpect(status().isOk());
        mvc.perform(get("/my").session(staff)).andExpect(redirectedUrl("http://localhost/my/sign-in"));
        mvc.perform(get("/my").with(httpBasic("owner", "owner123"))).andExpect(redirectedUrl("http://localhost/my/sign-in"));

        // signing the customer out leaves a staff login in the same browser as it was
        MockHttpSession both = CustomerAccess.signIn(mvc, outbox, "98200 10003", "+919820010003");
        both.setAttribute("SPRING_SECURITY_CONTEXT", staff.getAttribute("SPRING_SECURITY_CONTEXT"));
        mvc.perform(post("/my/sign-out").session(both).with(csrf())).andExpect(redirectedUrl("/my/sign-in?signedOut"));
        mvc.perform(get("/my").session(both)).andExpect(redirectedUrl("http://localhost/my/sign-in"));
        mvc.perform(get("/board").session(both)).andExpect(status().isOk());
    }

    @Test
    void aWrongCodeCountsATryAndTheFifthWrongOneEndsTheCode() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/my/sign-in/code").session(session).with(csrf()).param("phone", "98200 10004"))
                .andExpect(status().is3xxRedirection());
        String code = CustomerAccess.lastCode(outbox, "+919820010004");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            mvc.perform(post("/my/sign-in").session(session).with(csrf()).param("phone", "+919820010004")
                    .param("code", wrong)).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("This code is wrong. " + left + " tries left.")));
        }
        mvc.perform(post("/my/sign-in").session(session).with(csrf()).param("phone", "+919820010004").param("code", wrong))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("no longer works")));
        // the right code does not work any more either: five tries per code, and they are spent
        mvc.perform(post("/my/sign-in").session(session).with(csrf()).param("phone", "+919820010004").param("code", code))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("no longer works")));
        mvc.perform(get("/my").session(session)).andExpect(redirectedUrl("http://localhost/my/sign-in"));
        // a malformed code is named and costs no try
        mvc.perform(post("/my/sign-in").session(session).with(csrf()).param("phone", "+919820010004").param("code", "12ab"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("6 digits")));
    }

    @Test
    void aCodeExpiresAfterFiveMinutesAndWorksOnlyOnce() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/my/sign-in/code").session(session).with(csrf()).param("phone", "98200 10005"));
        String code = CustomerAccess.lastCode(outbox, "+919820010005");
        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofMinutes(5).plusSeconds(1))));
        mvc.perform(post("/my/sign-in").session(session).with(csrf()).param("phone", "+919820010005").param("code", code))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("expired")));
        ClockUtil.reset();

        mvc.perform(post("/my/sign-in/code").session(session).with(csrf()).param("phone", "+919820010005"));
        String fresh = CustomerAccess.lastCode(outbox, "+919820010005");
        mvc.perform(post("/my/sign-in").session(session).with(csrf()).param("phone", "+919820010005").param("code", fresh))
                .andExpect(redirectedUrl("/my"));
        mvc.perform(post("/my/sign-in").session(new MockHttpSession()).with(csrf()).param("phone", "+919820010005")
                .param("code", fresh)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("No code is waiting")));
    }

    @Test
    void codesAreKeptOnlyAsSaltedHashes() throws Exception {
        mvc.perform(post("/my/sign-in/code").with(csrf()).param("phone", "98200 10006"));
        String code = CustomerAccess.lastCode(outbox, "+919820010006");
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM customer_sign_in_code WHERE phone = '+919820010006'");
        assertEquals(1, rows.size());
        String stored = rows.get(0).toString();
        assertFalse(stored.contains(code), stored);
        assertNotEquals(SignIn.hash("", "+919820010006", code), rows.get(0).get("code_hash"));
        // outside demo mode the staff outbox does not show it either
        long id = outbox.of("+919820010006").get(0).id();
        mvc.perform(get("/api/notifications/" + id).with(httpBasic("owner", "owner123"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))))
                .andExpect(content().string(containsString("shown to its recipient only")));
    }

    @Test
    void aPhoneGetsAtMostThreeCodesAQuarterHourAndAnAddressTenRequests() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/my/sign-in/code").with(csrf()).param("phone", "98200 10007"))
                    .andExpect(status().is3xxRedirection());
        }
        int sentBefore = outbox.of("+919820010007").size();
        mvc.perform(post("/my/sign-in/code").with(csrf()).param("phone", "98200 10007"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Too many tries")));
        assertEquals(sentBefore, outbox.of("+919820010007").size(), "nothing more was sent");

        for (int i = 0; i < 10 - 4; i++) {
            mvc.perform(post("/my/sign-in/code").with(csrf()).param("phone", "98200 1001" + i));
        }
        mvc.perform(post("/my/sign-in/code").with(csrf()).param("phone", "98200 10020"))
                .andExpect(status().isTooManyRequests());
        // another address is not held back by this one
        mvc.perform(post("/my/sign-in/code").with(csrf()).with(r -> {
            r.setRemoteAddr("10.1.2.3");
            return r;
        }).param("phone", "98200 10020")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aNumberThatIsNoPhoneIsNamedAndNothingIsSent() throws Exception {
        mvc.perform(post("/my/sign-in/code").with(csrf()).param("phone", "asha@example.com"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("e-mail address")));
        assertTrue(outbox.of("asha@example.com").isEmpty());
    }

    private static NewOrder order(String name, String phone) {
        var template = TestOrders.homeDelivery();
        return new NewOrder(template.channel(), new NewOrder.Customer(name, phone, "1 Main Road", "Dahisar East",
                "400068"), null, template.lines());
    }
}

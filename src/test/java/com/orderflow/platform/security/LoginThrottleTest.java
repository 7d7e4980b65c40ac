package com.orderflow.platform.security;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.orderflow.platform.Roles;
import com.orderflow.platform.audit.AuditEntry;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.support.OrderflowSpringTest;

/**
 * Issue 13.3: nobody can lock anybody out for good by guessing. Failed sign-ins are held back per
 * client and per account, temporarily and with a growing back-off; admins are held back only for
 * the client that failed; every lockout is in the audit trail. Each test signs in from its own
 * client addresses and with its own users, so the rest of the suite (127.0.0.1) is never held back.
 */
@OrderflowSpringTest
class LoginThrottleTest {
    private static final String PASSWORD = "right-horse-battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;
    @Autowired
    AuditLog audit;
    @Autowired
    TestRestTemplate http;

    private final List<String> users = new ArrayList<>();
    private Instant now;

    @BeforeEach
    void freezeTheEngineClock() {
        now = Instant.now();
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        users.forEach(identity::deleteUser);
    }

    @Test
    void tenWrongPasswordsPacedOverSevenMinutesNeverLockAnAccountForGood() throws Exception {
        String clerk = user(Roles.BILLER);
        String client = client();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(mvc.perform(api(clerk, "not-" + PASSWORD, client)).andReturn().getResponse().getStatus());
            pass(Duration.ofSeconds(42));
        }
        assertTrue(answers.contains(429), "the account was held back on the way: " + answers);
        assertTrue(answers.stream().allMatch(s -> s == 401 || s == 429), answers.toString());

        pass(Duration.ofMinutes(16));
        mvc.perform(api(clerk, PASSWORD, client)).andExpect(status().isOk());
        assertTrue(identity.checkPassword(clerk, PASSWORD), "the identity service has not locked the account");
    }

    @Test
    void theIdentityServiceItselfNeverLocksAnAccount() {
        String clerk = user(Roles.PACKER);
        for (int i = 0; i < 12; i++) {
            identity.checkPassword(clerk, "guess-" + i);
            pass(Duration.ofSeconds(5));
        }
        assertTrue(identity.checkPassword(clerk, PASSWORD),
                "Camunda's permanent lockout (login-max-attempts) and its delays are switched off");
    }

    @Test
    void anAccountIsHeldBackWithAGrowingBackOffAndTheRightPasswordWorksAfterIt() throws Exception {
        String clerk = user(Roles.CUSTOMER_CARE);
        String client = client();
        for (int i = 0; i < 5; i++) {
            mvc.perform(api(clerk, "wrong", client)).andExpect(status().isUnauthorized());
        }
        mvc.perform(api(clerk, "wrong", client)).andExpect(status().isUnauthorized());
        // held back now: even the right password is refused, with how long to wait
        mvc.perform(api(clerk, PASSWORD, client)).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Too many failed sign-ins"));

        pass(Duration.ofSeconds(61));
        mvc.perform(api(clerk, "wrong again", client)).andExpect(status().isUnauthorized());
        // the second lockout in a row lasts twice as long
        pass(Duration.ofSeconds(70));
        mvc.perform(api(clerk, PASSWORD, client)).andExpect(status().isTooManyRequests());
        pass(Duration.ofSeconds(60));
        mvc.perform(api(clerk, PASSWORD, client)).andExpect(status().isOk());

        List<AuditEntry> lockouts = lockoutsOf(clerk);
        assertEquals(2, lockouts.size(), lockouts.toString());
        assertTrue(lockouts.get(1).details().contains("1 minute"), lockouts.get(1).details());
        assertTrue(lockouts.get(0).details().contains("2 minutes"), lockouts.get(0).details());
    }

    @Test
    void aClientThatGuessesAtManyNamesGetsTooManyRequestsUntilItsBudgetRefills() throws Exception {
        String clerk = user(Roles.BILLER);
        String client = client();
        for (int i = 0; i < 30; i++) {
            mvc.perform(api("nobody-" + UUID.randomUUID(), "guess", client)).andExpect(status().isUnauthorized());
        }
        mvc.perform(api(clerk, PASSWORD, client)).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(api(clerk, PASSWORD, client())).andExpect(status().isOk());
        mvc.perform(post("/engine-rest/task/count").with(httpBasic(clerk, PASSWORD)).with(from(client))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isTooManyRequests());

        pass(Duration.ofMinutes(15));
        mvc.perform(api(clerk, PASSWORD, client)).andExpect(status().isOk());
        assertTrue(audit.latest("LOGIN_THROTTLED", 20).stream().anyMatch(e -> e.details().contains("client " + client)),
                "the held-back client is in the audit trail");
    }

    @Test
    void behindTheShopsProxyEachRealClientIsCountedByItsForwardedAddress() {
        String clerk = user(Roles.BILLER);
        String guesser = client();
        for (int i = 0; i < 30; i++) {
            viaProxy("nobody-" + i, "guess", guesser);
        }
        assertEquals(429, viaProxy(clerk, PASSWORD, guesser), "the guessing client is held back");
        assertEquals(200, viaProxy(clerk, PASSWORD, client()), "another client behind the same proxy is not");
    }

    @Test
    void theSignInPageSaysUntilWhenSigningInIsHeldBack() throws Exception {
        String clerk = user(Roles.BILLER);
        String client = client();
        for (int i = 0; i < 6; i++) {
            mvc.perform(signIn(clerk, "wrong", client))
                    .andExpect(redirectedUrl("/login?error"));
        }
        MockHttpSession session = (MockHttpSession) mvc.perform(signIn(clerk, PASSWORD, client))
                .andExpect(redirectedUrl("/login?held")).andReturn().getRequest().getSession();
        mvc.perform(get("/login?held").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"login-held\"")))
                .andExpect(content().string(containsString("signing in is held back until ")));
        mvc.perform(get("/login?held&lang=mr").session(session))
                .andExpect(content().string(containsString("पर्यंत साइन इन थांबवले आहे")));

        pass(Duration.ofMinutes(2));
        mvc.perform(signIn(clerk, PASSWORD, client)).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAdminIsHeldBackOnlyForTheClientThatFailedAndNeverForGood() throws Exception {
        String admin = user(Roles.ADMIN);
        String attacker = client();
        for (int i = 0; i < 40; i++) {
            mvc.perform(api(admin, "guess-" + i, attacker)).andReturn();
            pass(Duration.ofSeconds(20));
        }
        mvc.perform(api(admin, PASSWORD, attacker)).andExpect(status().isTooManyRequests());
        // the shop's own PC is not held back by someone else's guessing
        mvc.perform(api(admin, PASSWORD, client())).andExpect(status().isOk());
        pass(Duration.ofMinutes(16));
        mvc.perform(api(admin, PASSWORD, attacker)).andExpect(status().isOk());
        assertTrue(identity.checkPassword(admin, PASSWORD));
        assertTrue(lockoutsOf(admin).stream().allMatch(e -> e.details().contains("admin account held back for client "
                + attacker) && e.details().contains("never permanent")), lockoutsOf(admin).toString());
    }

    @Test
    void passwordChecksThatWouldBypassTheThrottleAreClosed() throws Exception {
        String clerk = user(Roles.BILLER);
        mvc.perform(post("/engine-rest/identity/verify").with(httpBasic(clerk, PASSWORD)).with(from(client()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"owner\",\"password\":\"guess\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/camunda/api/admin/auth/user/default/login/tasklist").with(httpBasic(clerk, PASSWORD))
                .with(from(client())).param("username", "owner").param("password", "guess"))
                .andExpect(status().isForbidden());
    }

    /** Over real HTTP from 127.0.0.1, a trusted proxy in the tests' configuration, for the client it names. */
    private int viaProxy(String user, String password, String client) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", client);
        return http.withBasicAuth(user, password).exchange("/api/board", HttpMethod.GET, new HttpEntity<>(headers),
                String.class).getStatusCode().value();
    }

    private List<AuditEntry> lockoutsOf(String user) {
        return audit.latest("LOGIN_LOCKED", 50).stream().filter(e -> e.actor().equals(user)).toList();
    }

    private static MockHttpServletRequestBuilder signIn(String user, String password, String client) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(from(client));
    }

    private MockHttpServletRequestBuilder api(String user, String password, String client) {
        return get("/api/board").with(httpBasic(user, password)).with(from(client));
    }

    private static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    private static String client() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(100, 250) + "." + random.nextInt(0, 250) + "." + random.nextInt(1, 250);
    }

    private String user(String role) {
        String id = "h3-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(id);
        user.setFirstName("Test");
        user.setLastName(role);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, role);
        users.add(id);
        return id;
    }

    private void pass(Duration duration) {
        now = now.plus(duration);
        ClockUtil.setCurrentTime(Date.from(now));
    }
}

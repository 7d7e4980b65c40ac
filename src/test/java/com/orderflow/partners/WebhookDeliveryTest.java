package com.orderflow.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PublicBaseUrl;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Outgoing webhooks against a receiver on this machine: signatures checked with javax.crypto here
 * (not the app's signer), retries after failures with each event arriving under one webhook-id, one
 * order's events in order, a given-up endpoint's task, and the address rules.
 */
@OrderflowSpringTest
class WebhookDeliveryTest {
    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    OrderService orders;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    PublicBaseUrl publicBaseUrl;
    @Autowired
    PartnerSettings settings;
    @Autowired
    com.orderflow.billing.BillingFixtures billing;
    @Autowired
    com.orderflow.billing.PaymentService payments;

    private WebhookReceiver receiver;
    private final List<Long> subscriptions = new ArrayList<>();
    private Instant now;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
        now = Instant.now();
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @AfterEach
    void stop() {
        subscriptions.forEach(id -> webhooks.remove(id, TestOrders.OWNER));
        receiver.close();
        ClockUtil.reset();
    }

    private WebhookService.Subscribed subscribe(String... events) {
        WebhookService.Subscribed subscribed = webhooks.subscribe(receiver.url(), List.of(events), TestOrders.OWNER);
        subscriptions.add(subscribed.subscription().id());
        return subscribed;
    }

    private void later(Duration wait) {
        now = now.plus(wait);
        ClockUtil.setCurrentTime(Date.from(now));
    }

    /** Standard Webhooks, written here from the spec with javax.crypto: v1,base64(HMAC-SHA256(id.timestamp.body)). */
    private static boolean signedWith(String secret, WebhookReceiver.Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        byte[] sent = Base64.getDecoder().decode(r.signature().substring("v1,".length()));
        return r.signature().startsWith("v1,") && MessageDigest.isEqual(expected, sent);
    }

    private String typeOf(WebhookReceiver.Received r) throws Exception {
        return json.readTree(r.body()).get("type").asText();
    }

    private String orderOf(WebhookReceiver.Received r) throws Exception {
        return json.readTree(r.body()).get("data").get("orderNumber").asText();
    }

    @Test
    void failedDeliveriesAreRetriedLaterUnderOneIdSignedAndInTheOrdersOrder() throws Exception {
        WebhookService.Subscribed subscribed = subscribe("order.created", "order.status_changed");
        assertTrue(subscribed.secret().startsWith("whsec_"));
        int[] calls = {0};
        receiver.answer(r -> ++calls[0] <= 2 ? 500 : 200);
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.OWNER);

        sender.deliverDue();
        assertEquals(1, receiver.received().size(), "the order's second event waits behind its first");
        sender.deliverDue();
        assertEquals(1, receiver.received().size(), "a failed event is not tried again at once");
        later(settings.getWebhooks().retryAfter(1));
        sender.deliverDue();
        assertEquals(2, receiver.received().size());
        later(settings.getWebhooks().retryAfter(2));
        sender.deliverDue();
        sender.deliverDue();

        List<WebhookReceiver.Received> got = receiver.received();
        assertEquals(4, got.size());
        for (WebhookReceiver.Received r : got) {
            assertTrue(signedWith(subscribed.secret(), r), "signature of " + r.id());
            assertEquals(order.number(), orderOf(r));
        }
        // three tries of order.created under one id, then order.status_changed under another
        assertEquals(List.of("order.created", "order.created", "order.created", "order.status_changed"),
                got.stream().map(r -> { try { return typeOf(r); } catch (Exception e) { throw new IllegalStateException(e); } }).toList());
        assertEquals(1, new java.util.HashSet<>(List.of(got.get(0).id(), got.get(1).id(), got.get(2).id())).size());
        assertTrue(!got.get(3).id().equals(got.get(0).id()));
        // de-duplicating by webhook-id, the receiver has each event once
        Set<String> delivered = new LinkedHashSet<>();
        got.stream().filter(r -> r.answered() == 200).forEach(r -> assertTrue(delivered.add(r.id()), "once per id"));
        assertEquals(2, delivered.size());
        JsonNode data = json.readTree(got.get(3).body()).get("data");
        assertEquals("RECEIVED", data.get("to").asText());

        List<DeliveryLogEntry> log = webhooks.deliveryLog(subscribed.subscription().id(), TestOrders.OWNER);
        assertEquals(4, log.size());
        assertEquals(List.of(200, 200, 500, 500), log.stream().map(DeliveryLogEntry::statusCode).toList());
        assertEquals(3, log.get(1).attempt(), "newest first; the third attempt delivered order.created");
    }

    @Test
    void anOrderWhoseEventsFailDoesNotHoldUpAnotherOrder() throws Exception {
        subscribe("order.created");
        OrderView stuck = orders.create(TestOrders.homeDelivery(), TestOrders.OWNER);
        receiver.answer(r -> r.body().contains(stuck.number()) ? 503 : 200);
        var sita = TestOrders.homeDelivery();
        OrderView other = orders.create(new com.orderflow.orders.NewOrder(sita.channel(),
                new com.orderflow.orders.NewOrder.Customer("Meena Joshi", "98200 77665", null, "Borivali West", "400092"),
                null, sita.lines()), TestOrders.OWNER);
        sender.deliverDue();
        List<WebhookReceiver.Received> got = receiver.received();
        assertEquals(2, got.size());
        assertEquals(200, got.stream().filter(r -> r.body().contains(other.number())).findFirst().orElseThrow()
                .answered());
        // the endpoint works again: the stuck order's event arrives at its next attempt
        receiver.answer(r -> 200);
        later(settings.getWebhooks().retryAfter(1));
        sender.deliverDue();
        assertEquals(200, receiver.received().get(2).answered());
        assertTrue(receiver.received().get(2).body().contains(stuck.number()));
    }

    @Test
    void anEndpointThatKeepsFailingIsGivenUpAfterEightAttemptsOverHoursWithATask() throws Exception {
        WebhookService.Subscribed subscribed = subscribe("order.created");
        receiver.answer(r -> 503);
        long openTasks = tasks.createTaskQuery().taskNameLike("Webhook endpoint keeps failing: " + receiver.url()).count();
        orders.create(TestOrders.homeDelivery(), TestOrders.OWNER);
        for (int attempt = 1; attempt <= settings.getWebhooks().getMaxAttempts(); attempt++) {
            sender.deliverDue();
            later(settings.getWebhooks().retryAfter(attempt));
        }
        sender.deliverDue();
        assertEquals(8, receiver.received().size(), "8 attempts, then no more");
        assertEquals(1, receiver.received().stream().map(WebhookReceiver.Received::id).distinct().count());
        List<DeliveryLogEntry> log = webhooks.deliveryLog(subscribed.subscription().id(), TestOrders.OWNER);
        assertEquals("GAVE_UP", log.get(0).messageStatus());
        Duration spread = Duration.between(log.get(log.size() - 1).attemptedAt(), log.get(0).attemptedAt());
        assertTrue(spread.compareTo(Duration.ofHours(4)) >= 0, "the attempts span " + spread);
        var task = tasks.createTaskQuery().taskNameLike("Webhook endpoint keeps failing: " + receiver.url())
                .taskCandidateGroup("admin").singleResult();
        assertEquals(openTasks + 1, tasks.createTaskQuery()
                .taskNameLike("Webhook endpoint keeps failing: " + receiver.url()).count());
        assertTrue(task.getDescription().contains("given up after 8 attempts"));
        assertTrue(webhooks.get(subscribed.subscription().id(), TestOrders.OWNER).failing());
        tasks.complete(task.getId());
    }

    @Test
    void aChangeThatRollsBackSendsNothing() {
        subscribe("order.created", "order.status_changed");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM webhook_message", Long.class);
        var bad = new com.orderflow.orders.NewOrder(com.orderflow.orders.Channel.PHONE,
                TestOrders.homeDelivery().customer(), null,
                List.of(com.orderflow.orders.NewOrder.Line.of("NO-SUCH-SKU", 1)));
        assertThrows(InvalidInputException.class, () -> orders.create(bad, TestOrders.OWNER));
        assertEquals(before, jdbc.queryForObject("SELECT COUNT(*) FROM webhook_message", Long.class));
    }

    @Test
    void anAddressThatIsNotHttpOrIsThisAppIsRefusedNamingUrl() {
        for (String url : new String[] {"ftp://partner.example.in/hooks", "partner.example.in/hooks", "",
                "javascript:alert(1)", publicBaseUrl.get() + "/api/orders"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> webhooks.subscribe(url, List.of("order.created"), TestOrders.OWNER), url);
            assertEquals("url", refused.problems().get(0).field(), url);
        }
        InvalidInputException self = assertThrows(InvalidInputException.class,
                () -> webhooks.subscribe(publicBaseUrl.get() + "/hooks", List.of("order.created"), TestOrders.OWNER));
        assertEquals("must not point at this app itself", self.problems().get(0).message());
        InvalidInputException noEvents = assertThrows(InvalidInputException.class,
                () -> webhooks.subscribe(receiver.url(), List.of(), TestOrders.OWNER));
        assertEquals("events", noEvents.problems().get(0).field());
        assertThrows(org.springframework.security.access.AccessDeniedException.class,
                () -> webhooks.subscribe(receiver.url(), List.of("order.created"), TestOrders.BILLER));
    }

    @Test
    void aBillAndAPaymentReachTheReceiverInTheOrdersOrder() throws Exception {
        WebhookService.Subscribed subscribed = subscribe("bill.issued", "payment.received");
        String number = billing.billedOrder("credit", null, null);
        var bill = billing.billOf(number);
        payments.record(bill.number(), new com.orderflow.billing.PaymentRequest("cash", bill.amountDue(), null),
                TestOrders.OWNER);
        sender.deliverDue();
        sender.deliverDue();
        List<WebhookReceiver.Received> got = receiver.received();
        assertEquals(List.of("bill.issued", "payment.received"), List.of(typeOf(got.get(0)), typeOf(got.get(1))));
        JsonNode paid = json.readTree(got.get(1).body()).get("data");
        assertEquals(bill.number(), paid.get("billNumber").asText());
        assertEquals(0, bill.amountDue().compareTo(paid.get("amount").decimalValue()));
        assertTrue(signedWith(subscribed.secret(), got.get(1)));
    }
}

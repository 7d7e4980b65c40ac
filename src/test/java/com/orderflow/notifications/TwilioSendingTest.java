package com.orderflow.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.inventory.TestStock;
import com.orderflow.notifications.process.NotificationFailureProcess;
import com.orderflow.orders.ContactChannel;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.Roles;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** The real Twilio SDK against a fake Twilio API: what the requests carry, outages, permanent failures, opt-out. */
@OrderflowSpringTest
class TwilioSendingTest {
    @Autowired
    NotificationSettings settings;
    @Autowired
    OrderService orders;
    @Autowired
    TestStock stock;
    @Autowired
    OutboxSender sender;
    @Autowired
    Notifications notifications;
    @Autowired
    OptOuts optOuts;
    @Autowired
    TaskService tasks;
    @Autowired
    DirectMessages directMessages;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    FakeTwilio twilio;

    @BeforeEach
    void fakeTwilio() {
        twilio = new FakeTwilio(settings);
    }

    @AfterEach
    void realSettings() {
        twilio.close();
    }

    private OrderView order(String phone, String language, ContactChannel channel) {
        return orders.create(Customers.order(stock.product(2), phone, language, channel), TestOrders.BILLER);
    }

    private Notification confirmation(String number) {
        return notifications.findByOrderNumberOrderByIdDesc(number).stream()
                .filter(n -> n.event() == NotificationEvent.ORDER_CONFIRMED).findFirst().orElseThrow();
    }

    private void sendUntilQuiet() {
        for (int pass = 0; pass < 20 && sender.sendDue() > 0; pass++) {
            // each pass handles what is due; a short back-off makes retries due at once
        }
    }

    @Test
    void whatsAppOutsideTheWindowUsesTheApprovedTemplateWithItsVariables() {
        settings.getTwilio().getContentSids().put(NotificationEvent.ORDER_CONFIRMED, "HX0123456789abcdef0123456789abcdef");
        String phone = Customers.freshPhone();
        OrderView order = order(phone, "mr", ContactChannel.WHATSAPP);

        sendUntilQuiet();

        Map<String, String> form = twilio.onlyRequestTo(phone);
        assertEquals("whatsapp:" + phone, form.get("To"));
        assertEquals("whatsapp:" + FakeTwilio.WHATSAPP_FROM, form.get("From"));
        assertEquals("HX0123456789abcdef0123456789abcdef", form.get("ContentSid"));
        assertEquals("{\"1\":\"Sita\",\"2\":\"" + order.number() + "\"}", form.get("ContentVariables"));
        assertFalse(form.containsKey("Body"), "a template message carries no free text");
        Notification row = confirmation(order.number());
        assertEquals(NotificationStatus.SENT, row.status());
        assertTrue(row.providerSid().startsWith("SM"), row.providerSid());
        assertEquals(1, row.attempts());
    }

    @Test
    void smsCarriesThePlainTextInTheCustomersLanguage() {
        String phone = Customers.freshPhone();
        OrderView order = order(phone, "hi", ContactChannel.SMS);

        sendUntilQuiet();

        Map<String, String> form = twilio.onlyRequestTo(phone);
        assertEquals(phone, form.get("To"));
        assertEquals(FakeTwilio.SMS_FROM, form.get("From"));
        assertEquals(confirmation(order.number()).body(), form.get("Body"));
        assertTrue(form.get("Body").startsWith("नमस्ते Sita, आपका ऑर्डर " + order.number() + " पक्का हो गया है"));
        assertEquals(NotificationStatus.SENT, confirmation(order.number()).status());
    }

    @Test
    void anOutageEndsWithEveryMessageSentExactlyOnce() throws Exception {
        twilio.shortBackOff();
        List<String> phones = List.of(Customers.freshPhone(), Customers.freshPhone(), Customers.freshPhone());
        List<String> numbers = new ArrayList<>();
        phones.forEach(p -> numbers.add(order(p, "en", ContactChannel.SMS).number()));
        var outage = twilio.outage();

        for (int pass = 0; pass < 3; pass++) {
            sender.sendDue();
        }
        for (String number : numbers) {
            Notification row = confirmation(number);
            assertEquals(NotificationStatus.PENDING, row.status(), "still waiting during the outage");
            assertEquals(3, row.attempts());
            assertTrue(row.lastError().contains("500"), row.lastError());
        }
        phones.forEach(p -> assertEquals(0, twilio.accepted(p)));

        twilio.server.removeStub(outage);
        // two nodes sending at once after the outage: claiming lets each message go exactly once
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(nodes.submit(this::sendUntilQuiet), nodes.submit(this::sendUntilQuiet));
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        phones.forEach(p -> assertEquals(1, twilio.accepted(p), "accepted requests for " + p));
        numbers.forEach(n -> assertEquals(NotificationStatus.SENT, confirmation(n).status()));
    }

    @Test
    void anInvalidNumberFailsAndGivesCustomerCareATask() {
        String phone = Customers.freshPhone();
        twilio.invalidNumber(phone);
        OrderView order = order(phone, "en", ContactChannel.SMS);

        sendUntilQuiet();

        Notification row = confirmation(order.number());
        assertEquals(NotificationStatus.FAILED, row.status());
        assertTrue(row.lastError().contains("21211"), row.lastError());
        assertTrue(row.isCareTaskOpened());
        var task = tasks.createTaskQuery().processInstanceBusinessKey(order.number())
                .taskDefinitionKey(NotificationFailureProcess.TASK_FOLLOW_UP).taskCandidateGroup(Roles.CUSTOMER_CARE)
                .singleResult();
        assertNotNull(task, "Customer Care has a follow-up task");
        assertEquals(row.id(), tasks.getVariable(task.getId(), NotificationFailureProcess.VAR_NOTIFICATION_ID));
        assertEquals(1, twilio.requestsTo(phone).size(), "a 4xx is not retried");
    }

    @Test
    void aSignInCodeThatCannotBeSentOpensNoTaskWhereStaffWouldReadTheCode() {
        String phone = Customers.freshPhone();
        twilio.invalidNumber(phone);
        directMessages.write(new DirectMessage(0, phone, NotificationEvent.SIGN_IN_CODE, "SMS", phone, "en",
                "Kokanastha Sweets: your sign-in code is 424242.", List.of("424242", "5")), "system");

        sendUntilQuiet();

        Notification row = notifications.findAll().stream()
                .filter(n -> n.event() == NotificationEvent.SIGN_IN_CODE && phone.equals(n.recipient())).findFirst()
                .orElseThrow();
        assertEquals(NotificationStatus.FAILED, row.status());
        assertFalse(row.isCareTaskOpened());
        assertEquals(0, tasks.createTaskQuery().taskDefinitionKey(NotificationFailureProcess.TASK_FOLLOW_UP)
                .processVariableValueEquals(NotificationFailureProcess.VAR_CUSTOMER_PHONE, phone).count());
    }

    @Test
    void anOptedOutCustomerGetsNothingAndCustomerCareIsTold() {
        String phone = Customers.freshPhone();
        tx.executeWithoutResult(s -> optOuts.save(new OptOut(phone, java.time.Instant.now(), "test")));
        OrderView order = order(phone, "en", ContactChannel.WHATSAPP);

        sendUntilQuiet();

        Notification row = confirmation(order.number());
        assertEquals(NotificationStatus.FAILED, row.status());
        assertTrue(row.lastError().contains("opted out"), row.lastError());
        assertEquals(0, twilio.requestsTo(phone).size());
        assertEquals(1, tasks.createTaskQuery().processInstanceBusinessKey(order.number())
                .taskDefinitionKey(NotificationFailureProcess.TASK_FOLLOW_UP).count());
    }

    @Test
    void whatsAppWithoutAnApprovedTemplateFailsVisiblyInsteadOfBeingRejectedByWhatsApp() {
        String phone = Customers.freshPhone();
        OrderView order = order(phone, "en", ContactChannel.WHATSAPP);

        sendUntilQuiet();

        Notification row = confirmation(order.number());
        assertEquals(NotificationStatus.FAILED, row.status());
        assertTrue(row.lastError().contains("Content SID"), row.lastError());
        assertEquals(0, twilio.requestsTo(phone).size());
    }
}

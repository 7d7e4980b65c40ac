package com.orderflow.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.orderflow.inventory.TestStock;
import com.orderflow.orders.Channel;
import com.orderflow.orders.ContactChannel;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Twilio's callbacks: delivery reports and replies count only when signed. The MockMvc tests need
 * the two webhook URLs permitted without login and without CSRF in SecurityConfig.
 */
@OrderflowSpringTest
@RecordApplicationEvents
class TwilioCallbacksTest {
    private static final String STATUS_URL = "http://localhost/api/notifications/twilio/status";
    private static final String INBOUND_URL = "http://localhost/api/notifications/twilio/inbound";

    @Autowired
    MockMvc mvc;
    @Autowired
    NotificationSettings settings;
    @Autowired
    ProviderCallbacks callbacks;
    @Autowired
    OrderService orders;
    @Autowired
    TestStock stock;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    Notifications notifications;
    @Autowired
    OptOuts optOuts;
    @Autowired
    ApplicationEvents events;

    FakeTwilio twilio;

    @BeforeEach
    void fakeTwilio() {
        twilio = new FakeTwilio(settings);
    }

    @AfterEach
    void realSettings() {
        twilio.close();
    }

    private Notification sentConfirmation(String phone) {
        OrderView order = orders.create(Customers.order(stock.product(1), phone, "en", ContactChannel.SMS),
                TestOrders.BILLER);
        sender.sendDue();
        Notification row = notifications.findByOrderNumberOrderByIdDesc(order.number()).get(0);
        assertEquals(NotificationStatus.SENT, row.status());
        return row;
    }

    private static MockHttpServletRequestBuilder signedPost(String url, Map<String, String> form, String signature) {
        MockHttpServletRequestBuilder request = post(url.substring("http://localhost".length()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("X-Twilio-Signature", signature);
        form.forEach(request::param);
        return request;
    }

    private static Map<String, String> report(String sid, String status) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("MessageStatus", status);
        form.put("AccountSid", FakeTwilio.ACCOUNT);
        return form;
    }

    @Test
    void aSignedDeliveryReportMarksTheMessageDelivered() {
        Notification row = sentConfirmation(Customers.freshPhone());
        Map<String, String> form = report(row.providerSid(), "delivered");

        callbacks.deliveryReport(STATUS_URL, form, FakeTwilio.sign(STATUS_URL, form));

        assertEquals(NotificationStatus.DELIVERED, notifications.findById(row.id()).orElseThrow().status());
    }

    @Test
    void aReportWithABadSignatureChangesNothing() {
        Notification row = sentConfirmation(Customers.freshPhone());
        Map<String, String> form = report(row.providerSid(), "undelivered");

        assertThrows(ProviderCallbacks.UnsignedCallbackException.class,
                () -> callbacks.deliveryReport(STATUS_URL, form, FakeTwilio.sign(STATUS_URL + "x", form)));
        assertEquals(NotificationStatus.SENT, notifications.findById(row.id()).orElseThrow().status());
    }

    @Test
    void theStatusWebhookRefusesABadSignatureWith401AndAcceptsAGoodOne() throws Exception {
        Notification row = sentConfirmation(Customers.freshPhone());
        Map<String, String> form = report(row.providerSid(), "undelivered");
        form.put("ErrorCode", "30003");

        mvc.perform(signedPost(STATUS_URL, form, "bm90IGEgc2lnbmF0dXJl")).andExpect(status().isUnauthorized());
        assertEquals(NotificationStatus.SENT, notifications.findById(row.id()).orElseThrow().status());

        mvc.perform(signedPost(STATUS_URL, form, FakeTwilio.sign(STATUS_URL, form))).andExpect(status().isNoContent());
        Notification reported = notifications.findById(row.id()).orElseThrow();
        assertEquals(NotificationStatus.FAILED, reported.status());
        assertTrue(reported.lastError().contains("30003"));
        assertTrue(reported.isCareTaskOpened());
    }

    @Test
    void aReplyToTheReminderIsRecordedAndPublishedForTheOrderProcess() throws Exception {
        String phone = Customers.freshPhone();
        OrderView order = orders.create(Customers.order(Channel.ADVANCE_BOOKING, stock.product(2), phone, "mr",
                ContactChannel.WHATSAPP, java.time.LocalDate.now().plusDays(4)), TestOrders.BILLER);
        outbox.remindDayBeforeDispatch(notifications.findByOrderNumberOrderByIdDesc(order.number()).get(0).orderId());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("From", "whatsapp:" + phone);
        form.put("Body", " yes ");
        form.put("MessageSid", "SMreply1");

        mvc.perform(signedPost(INBOUND_URL, form, FakeTwilio.sign(INBOUND_URL, form))).andExpect(status().isOk());
        // Twilio delivers the same message again (it retries a webhook it thinks failed): no second effect
        mvc.perform(signedPost(INBOUND_URL, form, FakeTwilio.sign(INBOUND_URL, form))).andExpect(status().isOk());

        assertEquals(1, events.stream(CustomerReplied.class)
                .filter(e -> e.equals(new CustomerReplied(order.number(), CustomerReply.CONFIRM))).count());
    }

    @Test
    void stopOptsTheNumberOutAndStartBackIn() {
        String phone = Customers.freshPhone();
        Map<String, String> stop = Map.of("From", "whatsapp:" + phone, "Body", "STOP");
        Map<String, String> start = Map.of("From", "whatsapp:" + phone, "Body", "START");

        assertEquals(CustomerReply.STOP, callbacks.inboundMessage(INBOUND_URL, stop, FakeTwilio.sign(INBOUND_URL, stop)));
        assertTrue(optOuts.existsById(phone));
        callbacks.inboundMessage(INBOUND_URL, start, FakeTwilio.sign(INBOUND_URL, start));
        assertTrue(optOuts.findById(phone).isEmpty());
    }

    @Test
    void anUnsignedStopIsIgnored() {
        String phone = Customers.freshPhone();
        Map<String, String> stop = Map.of("From", "whatsapp:" + phone, "Body", "STOP");

        assertThrows(ProviderCallbacks.UnsignedCallbackException.class,
                () -> callbacks.inboundMessage(INBOUND_URL, stop, "forged"));
        assertTrue(optOuts.findById(phone).isEmpty());
    }
}

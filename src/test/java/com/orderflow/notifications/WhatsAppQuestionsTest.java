package com.orderflow.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.TicketSource;
import com.orderflow.helpdesk.TicketView;
import com.orderflow.inventory.TestStock;
import com.orderflow.orders.ContactChannel;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * A customer's WhatsApp message that answers none of the shop's questions (F10, S3) opens a help
 * desk ticket on their newest order, and the next one continues it; a reply to a reminder (1/2)
 * or STOP opens none.
 */
@OrderflowSpringTest
class WhatsAppQuestionsTest {
    private static final String INBOUND_URL = "http://localhost/api/notifications/twilio/inbound";

    @Autowired
    ProviderCallbacks callbacks;
    @Autowired
    OrderService orders;
    @Autowired
    TestStock stock;
    @Autowired
    HelpDesk helpDesk;
    @Autowired
    NotificationSettings settings;

    FakeTwilio twilio;

    /** A configured Twilio account (a local fake): its callbacks are signed with the account's token. */
    @BeforeEach
    void fakeTwilio() {
        twilio = new FakeTwilio(settings);
    }

    @AfterEach
    void realSettings() {
        twilio.close();
    }

    @Test
    void aQuestionOpensATicketOnTheNewestOrderAndTheNextMessageContinuesIt() {
        String phone = Customers.freshPhone();
        OrderView order = orders.create(Customers.order(stock.product(1), phone, "mr", ContactChannel.WHATSAPP),
                TestOrders.BILLER);

        assertEquals(CustomerReply.STOP, receive(phone, "STOP", "SMq0"));
        assertTrue(helpDesk.ticketsOfCustomer(null, phone).isEmpty(), "STOP is no question");
        receive(phone, "START", "SMq1");
        receive(phone, "When will my sweets come?", "SMq2");
        receive(phone, "When will my sweets come?", "SMq2"); // Twilio's retry of the same message

        List<TicketView> tickets = helpDesk.ticketsOfCustomer(null, phone);
        assertEquals(1, tickets.size());
        TicketView ticket = tickets.get(0);
        assertEquals(TicketSource.WHATSAPP, ticket.source());
        assertEquals(order.number(), ticket.orderNumber());
        assertEquals(List.of("When will my sweets come?"), ticket.messages().stream().map(TicketView.Message::body).toList());

        receive(phone, "It is for a puja at 5 pm", "SMq3");
        tickets = helpDesk.ticketsOfCustomer(null, phone);
        assertEquals(1, tickets.size(), "the open ticket continues");
        assertEquals(2, tickets.get(0).messages().size());
    }

    private CustomerReply receive(String phone, String body, String sid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("From", "whatsapp:" + phone);
        form.put("Body", body);
        form.put("MessageSid", sid + phone.substring(6));
        return callbacks.inboundMessage(INBOUND_URL, form, FakeTwilio.sign(INBOUND_URL, form));
    }
}

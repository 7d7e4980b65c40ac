package com.orderflow.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.orderflow.helpdesk.process.HelpdeskTicketProcess;
import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.support.OrderflowSpringTest;

/**
 * The e-mail path of the help desk against a real mail server in the JVM (GreenMail: IMAP and
 * SMTP): a customer's mail becomes a ticket, the same mail read twice is one message, the answer is
 * mailed to the customer with the ticket's number in its subject, and the customer's reply to it
 * goes back to the same ticket. The test profile points spring.mail at GreenMail's SMTP port.
 */
@OrderflowSpringTest
class HelpdeskMailTest {
    private static final String SUPPORT = "support@shop.test";
    private static final CurrentUser CARE = new CurrentUser("care", Set.of(Roles.CUSTOMER_CARE));

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(SUPPORT, "support", "secret"));

    @Autowired
    HelpdeskSettings settings;
    @Autowired
    MailboxReader reader;
    @Autowired
    ReplySender sender;
    @Autowired
    HelpDesk helpDesk;
    @Autowired
    TaskService tasks;

    String customer;

    @BeforeEach
    void pointAtGreenMail() {
        HelpdeskSettings.Imap imap = settings.getImap();
        imap.setHost("127.0.0.1");
        imap.setPort(ServerSetupTest.IMAP.getPort());
        imap.setSsl(false);
        imap.setUser("support");
        imap.setPassword("secret");
        settings.setMailFrom(SUPPORT);
        customer = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @AfterEach
    void mailboxOff() {
        settings.getImap().setHost("");
        settings.setMailFrom("");
    }

    private MimeMessage mailFromCustomer(String subject, String text, String messageId) throws Exception {
        MimeMessage message = new MimeMessage(mail.getSmtp().createSession()) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(customer, "Sita Joshi"));
        message.setRecipients(Message.RecipientType.TO, SUPPORT);
        message.setSubject(subject);
        message.setText(text);
        message.saveChanges();
        return message;
    }

    private int sendAll() {
        int sent = 0;
        for (int pass = sender.sendDue(); pass > 0; pass = sender.sendDue()) {
            sent += pass;
        }
        return sent;
    }

    @Test
    void aCustomersMailBecomesATicketIsAnsweredByMailAndHisReplyFindsTheTicket() throws Exception {
        MimeMessage first = mailFromCustomer("AC not delivered yet", "I ordered an AC last week. Where is it?",
                "<" + UUID.randomUUID() + "@example.com>");
        GreenMailUtil.sendMimeMessage(first);
        mail.getUserManager().getUserByEmail(SUPPORT).deliver(first); // the same mail a second time

        assertTrue(reader.poll() >= 1);
        assertEquals(0, reader.poll(), "read mail is not read again");

        List<TicketView> mine = helpDesk.ticketsOfCustomer(customer, null);
        assertEquals(1, mine.size(), "the same mail twice is one ticket");
        TicketView ticket = mine.get(0);
        assertEquals(TicketSource.EMAIL, ticket.source());
        assertEquals("AC not delivered yet", ticket.subject());
        assertEquals("Sita Joshi", ticket.customerName());
        assertEquals(1, ticket.messages().size());
        assertTrue(ticket.messages().get(0).body().contains("Where is it?"));

        Task answer = tasks.createTaskQuery().processInstanceBusinessKey(ticket.number())
                .taskDefinitionKey(HelpdeskTicketProcess.TASK_ANSWER).singleResult();
        tasks.claim(answer.getId(), "care");
        tasks.complete(answer.getId(), java.util.Map.of(HelpdeskTicketProcess.FIELD_REPLY,
                "It is with the courier, AWB 7788, arriving Friday.", HelpdeskTicketProcess.FIELD_CLOSE, false));
        assertTrue(sendAll() >= 1);

        MimeMessage[] toCustomer = mail.getReceivedMessagesForDomain("example.com");
        MimeMessage ours = java.util.Arrays.stream(toCustomer)
                .filter(m -> {
                    try {
                        return customer.equals(m.getRecipients(Message.RecipientType.TO)[0].toString());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        assertEquals("Re: AC not delivered yet [" + ticket.number() + "]", ours.getSubject());
        assertTrue(GreenMailUtil.getBody(ours).contains("AWB 7788"));
        assertEquals("SENT", helpDesk.get(ticket.number(), CARE).messages().get(1).mailState());

        GreenMailUtil.sendMimeMessage(mailFromCustomer(ours.getSubject(), "Friday is fine, thank you.",
                "<" + UUID.randomUUID() + "@example.com>"));
        assertEquals(1, reader.poll());

        TicketView after = helpDesk.get(ticket.number(), CARE);
        assertEquals(1, helpDesk.ticketsOfCustomer(customer, null).size(), "the reply opened no new ticket");
        assertEquals(3, after.messages().size());
        assertEquals("IN", after.messages().get(2).direction());
        assertEquals(1, tasks.createTaskQuery().processInstanceBusinessKey(ticket.number())
                .taskDefinitionKey(HelpdeskTicketProcess.TASK_ANSWER).count(), "back with Customer Care");
    }

    @Test
    void withoutAMailboxNothingIsRead() throws Exception {
        settings.getImap().setHost("");
        GreenMailUtil.sendMimeMessage(mailFromCustomer("Hello", "Anyone?", "<" + UUID.randomUUID() + "@example.com>"));
        assertEquals(0, reader.poll());
        assertTrue(helpDesk.ticketsOfCustomer(customer, null).isEmpty());
    }
}

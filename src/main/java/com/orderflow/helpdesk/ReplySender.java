package com.orderflow.helpdesk;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.platform.ShopClock;

/**
 * Mails the help desk's answers (Spring Mail, {@code spring.mail.*}): each answer was saved first,
 * PENDING; a pass claims pending rows (other nodes skip them), sends each with the ticket's number in
 * the subject, so that the customer's reply finds its ticket, and marks it sent or counts the failure
 * (failed for good after {@code mail-max-attempts}). Without a mail server the answers are kept,
 * marked not sent.
 */
@Component
public class ReplySender {
    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

    private final TicketMessages messages;
    private final Tickets tickets;
    private final ObjectProvider<JavaMailSender> mail;
    private final HelpdeskSettings settings;
    private final ShopClock clock;
    private final TransactionTemplate transaction;

    ReplySender(TicketMessages messages, Tickets tickets, ObjectProvider<JavaMailSender> mail, HelpdeskSettings settings,
            ShopClock clock, PlatformTransactionManager transactions) {
        this.messages = messages;
        this.tickets = tickets;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One pass; answers how many answers were sent. */
    public int sendDue() {
        Integer sent = transaction.execute(status -> {
            JavaMailSender sender = mail.getIfAvailable();
            List<TicketMessage> due = messages.claimPending();
            int count = 0;
            for (TicketMessage answer : due) {
                if (sender == null) {
                    answer.notConfigured();
                    continue;
                }
                Ticket ticket = tickets.findById(answer.ticketId()).orElseThrow();
                try {
                    sender.send(mimeOf(sender, ticket, answer));
                    answer.sent(clock.now());
                    count++;
                } catch (MailException | MessagingException e) {
                    log.warn("Could not mail the answer to {}: {}", ticket.number(), e.toString());
                    answer.failed(e.getMessage(), settings.getMailMaxAttempts());
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private MimeMessage mimeOf(JavaMailSender sender, Ticket ticket, TicketMessage answer) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        if (!settings.getMailFrom().isBlank()) {
            helper.setFrom(settings.getMailFrom());
        }
        helper.setTo(ticket.customerEmail());
        String subject = ticket.subject().startsWith("Re:") ? ticket.subject() : "Re: " + ticket.subject();
        helper.setSubject(subject + " [" + ticket.number() + "]");
        helper.setText(answer.body() + "\n\n-- \n" + ticket.number()
                + (ticket.orderNumber() == null ? "" : " · " + ticket.orderNumber()));
        return message;
    }
}

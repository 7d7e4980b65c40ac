package com.orderflow.helpdesk;

import java.io.IOException;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the support mailbox over IMAP (E5 "tickets from customer e-mails"): every unread mail becomes
 * a ticket or a customer's answer to one, each in its own transaction, and is marked read only after
 * that committed. A mail that fails stays unread for the next pass; one read twice is taken once (by
 * its Message-ID). Without a configured host nothing is read.
 */
@Component
public class MailboxReader {
    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

    private final HelpdeskSettings settings;
    private final HelpDesk helpDesk;
    private final TransactionTemplate transaction;

    MailboxReader(HelpdeskSettings settings, HelpDesk helpDesk, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.helpDesk = helpDesk;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One pass over the unread mail; answers how many mails were taken. */
    public int poll() {
        HelpdeskSettings.Imap imap = settings.getImap();
        if (!imap.isConfigured()) {
            return 0;
        }
        String protocol = imap.isSsl() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "20000");
        int taken = 0;
        try (Store store = Session.getInstance(properties).getStore(protocol)) {
            store.connect(imap.getHost(), imap.getPort(), imap.getUser(), imap.getPassword());
            Folder folder = store.getFolder(imap.getFolder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    if (take(message)) {
                        taken++;
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("Could not read the support mailbox {}@{}: {}", imap.getUser(), imap.getHost(), e.toString());
        }
        return taken;
    }

    private boolean take(Message message) {
        try {
            InboundMail mail = read(message);
            transaction.executeWithoutResult(status -> helpDesk.receiveMail(mail));
            message.setFlag(Flags.Flag.SEEN, true);
            return true;
        } catch (MessagingException | IOException | RuntimeException e) {
            // left unread: the next pass tries it again
            log.warn("Could not take a support mail: {}", e.toString());
            return false;
        }
    }

    static InboundMail read(Message message) throws MessagingException, IOException {
        String id = message instanceof MimeMessage mime && mime.getMessageID() != null ? mime.getMessageID()
                : "no-id-" + UUID.randomUUID();
        String address = null;
        String name = null;
        Address[] from = message.getFrom();
        if (from != null && from.length > 0 && from[0] instanceof InternetAddress sender) {
            address = sender.getAddress();
            name = sender.getPersonal();
        }
        return new InboundMail(id, address, name, message.getSubject(), text(message));
    }

    /** The mail's plain text: its text/plain part, else its HTML with the tags taken out. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < parts.getCount(); i++) {
                Part inner = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(inner.getDisposition())) {
                    continue;
                }
                String text = text(inner);
                if (inner.isMimeType("text/plain") && text != null) {
                    return text;
                }
                html = html == null ? text : html;
            }
            return html;
        }
        if (part.isMimeType("text/html")) {
            return part.getContent().toString().replaceAll("(?s)<[^>]*>", " ").replaceAll("[ \\t]+", " ").strip();
        }
        return null;
    }
}

package com.orderflow.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.NewTicket;
import com.orderflow.helpdesk.TicketAnswered;
import com.orderflow.helpdesk.TicketPhotoFile;
import com.orderflow.helpdesk.TicketSource;
import com.orderflow.helpdesk.TicketView;
import com.orderflow.notifications.CustomerMessaged;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Support for customers (F10, S3) on the shop's one help desk: a signed-in customer opens a ticket on
 * one of their orders, reads the shop's answers (never the staff's notes) and writes again; the
 * shop's answers reach them by WhatsApp/SMS; a WhatsApp message that answers none of the shop's
 * questions opens a ticket or continues their open one. Tickets are the customer's by phone number.
 */
@Service
public class CustomerSupport {
    private final HelpDesk helpDesk;
    private final CustomerOrders orders;
    private final CustomerDirectory directory;
    private final CustomerMessages messages;

    CustomerSupport(HelpDesk helpDesk, CustomerOrders orders, CustomerDirectory directory, CustomerMessages messages) {
        this.helpDesk = helpDesk;
        this.orders = orders;
        this.directory = directory;
        this.messages = messages;
    }

    /** The customer's tickets, newest first, as they may see them. */
    @Transactional(readOnly = true)
    public List<TicketView> tickets(CustomerProfile me) {
        return helpDesk.ticketsOfCustomer(null, me.phone()).stream().map(TicketView::forCustomer).toList();
    }

    /** One of the customer's tickets; another's answers 404 like one that does not exist. */
    @Transactional(readOnly = true)
    public TicketView ticket(CustomerProfile me, String number) {
        return tickets(me).stream().filter(t -> t.number().equalsIgnoreCase(number == null ? "" : number.strip()))
                .findFirst().orElseThrow(() -> new NotFoundException("No ticket " + number));
    }

    /**
     * Opens a ticket on one of the customer's orders, with their photo (null or empty: none).
     *
     * @throws InvalidInputException naming orderNumber (not one of theirs), message (empty, too long) or photo
     *         (too big, no picture); nothing is saved
     */
    @Transactional
    public TicketView open(CustomerProfile me, String orderNumber, String message, byte[] photo) {
        OrderView order = orders.find(me, orderNumber)
                .orElseThrow(() -> new InvalidInputException("orderNumber", "must be one of your orders"));
        return helpDesk.open(new NewTicket(TicketSource.ACCOUNT, "Question about " + order.number(), message,
                order.number(), displayName(me, order), null, me.phone(), me.phone()), photo).forCustomer();
    }

    /**
     * The customer writes again on their ticket, with a photo (null or empty: none).
     *
     * @throws InvalidInputException naming message or photo; nothing is saved
     * @throws com.orderflow.platform.web.ConflictException when the ticket is closed
     */
    @Transactional
    public TicketView write(CustomerProfile me, String number, String message, byte[] photo) {
        return helpDesk.customerWrote(ticket(me, number).number(), message, null, me.phone(), photo).forCustomer();
    }

    /** A photo on the customer's own ticket; another's ticket or photo is not found. */
    @Transactional(readOnly = true)
    public TicketPhotoFile photo(CustomerProfile me, String number, long photoId) {
        return helpDesk.customerPhoto(ticket(me, number).number(), photoId, null, me.phone());
    }

    /** The shop answered a ticket: the customer hears it by message, with a link to the ticket. */
    @EventListener
    void onAnswer(TicketAnswered answered) {
        messages.send(answered.customerPhone(), NotificationEvent.HELPDESK_REPLY, answered.ticketNumber(),
                "customers.help.answerMessage", "/my/help/" + answered.ticketNumber(), answered.body());
    }

    /** A customer's free-text WhatsApp/SMS: to their newest open ticket, else a new one on their newest order. */
    @EventListener
    void onMessage(CustomerMessaged message) {
        String text = message.body() == null || message.body().isBlank() ? "(empty message)" : message.body().strip();
        Optional<TicketView> open = helpDesk.ticketsOfCustomer(null, message.phone()).stream().filter(TicketView::open)
                .findFirst();
        if (open.isPresent()) {
            helpDesk.customerWrote(open.get().number(), text, null, message.phone());
            return;
        }
        Optional<OrderView> latest = directory.find(message.phone())
                .flatMap(me -> orders.list(me).stream().findFirst());
        String name = latest.map(o -> o.customer().name()).orElse(null);
        helpDesk.open(new NewTicket(TicketSource.WHATSAPP, "WhatsApp from " + message.phone(), text,
                latest.map(OrderView::number).orElse(null), name, null, message.phone(), message.phone()));
    }

    private static String displayName(CustomerProfile me, OrderView order) {
        return me.name() == null || me.name().isBlank() ? order.customer().name() : me.name();
    }
}

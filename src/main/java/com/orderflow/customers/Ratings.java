package com.orderflow.customers;

import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.NewTicket;
import com.orderflow.helpdesk.TicketSource;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderStatusChanged;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Ratings (F8): a delivered order's customer is sent a link to rate it 1–5 in their account; each
 * order is rated once. Below 4 stars the customer says what went wrong and Customer Care gets a
 * help desk ticket about the order, naming its delivery boy and packer.
 */
@Service
public class Ratings {
    private final CustomerOrders orders;
    private final OrderRatings ratings;
    private final HelpDesk helpDesk;
    private final CustomerMessages messages;
    private final AuditLog audit;
    private final ShopClock clock;

    Ratings(CustomerOrders orders, OrderRatings ratings, HelpDesk helpDesk, CustomerMessages messages, AuditLog audit,
            ShopClock clock) {
        this.orders = orders;
        this.ratings = ratings;
        this.helpDesk = helpDesk;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** A rating as its customer sees it; {@code ticketNumber} is the Customer Care ticket below 4 stars. */
    public record RatingView(String orderNumber, int stars, String comment, String ticketNumber, Instant ratedAt) {
    }

    /** The order's rating, if it was rated. */
    @Transactional(readOnly = true)
    public Optional<RatingView> of(CustomerProfile me, String number) {
        return ratings.findByOrderNumber(orders.own(me, number).number()).map(OrderRating::toView);
    }

    /**
     * Rates one of the customer's delivered orders, once.
     *
     * @throws InvalidInputException naming stars (not 1–5, or the order was rated already), comment
     *                               (missing below 4 stars, or too long) or order (not delivered)
     * @throws com.orderflow.platform.web.NotFoundException for another customer's order
     */
    @Transactional
    public RatingView rate(CustomerProfile me, String number, Integer stars, String comment) {
        OrderView order = orders.own(me, number);
        if (ratings.findByOrderNumber(order.number()).isPresent()) {
            throw new InvalidInputException("stars", "is given once per order; this order is rated already");
        }
        if (order.status() != OrderStatus.DELIVERED) {
            throw new InvalidInputException("order", "can be rated once it is delivered");
        }
        if (stars == null || stars < OrderRating.LOWEST || stars > OrderRating.HIGHEST) {
            throw new InvalidInputException("stars", "must be a whole number from 1 to 5");
        }
        String text = comment == null ? "" : comment.strip();
        if (stars < OrderRating.ASK_BELOW && text.isEmpty()) {
            throw new InvalidInputException("comment", "must say what went wrong when the rating is below 4");
        }
        if (text.length() > OrderRating.MAX_COMMENT) {
            throw new InvalidInputException("comment", "must be at most 1000 characters");
        }
        OrderRating rating = ratings.saveAndFlush(new OrderRating(order.number(), me.phone(), stars,
                text.isEmpty() ? null : text, order.deliveryBoy(), order.packingStartedBy(), clock.now()));
        audit.record(me.phone(), "ORDER_RATED", order.number(), stars + " of 5");
        if (stars < OrderRating.ASK_BELOW) {
            // who delivered and packed go in the subject, which names Customer Care's task; the
            // message is the customer's own, as their ticket page shows it
            rating.ticketOpened(helpDesk.open(new NewTicket(TicketSource.LOW_RATING, subject(order, stars),
                    "Rated " + stars + " of 5. What went wrong: " + text, order.number(), order.customer().name(),
                    null, me.phone(), me.phone())).number());
        }
        return rating.toView();
    }

    /** After delivery the customer is asked to rate, by the channel the shop's messages use. */
    @EventListener
    void askAfterDelivery(OrderStatusChanged changed) {
        if (changed.to() != OrderStatus.DELIVERED) {
            return;
        }
        orders.byNumber(changed.orderNumber()).ifPresent(order -> PhoneNumbers.toE164(order.customer().phone())
                .ifPresent(phone -> messages.sendBy(channelOf(order), phone, NotificationEvent.RATING_REQUEST,
                        changed.orderNumber(), "customers.rating.message", "/my/orders/" + changed.orderNumber() + "#rate")));
    }

    /** The channel the customer chose for this order's messages; WhatsApp when none was recorded. */
    private static String channelOf(OrderView order) {
        return order.customer().contactChannel() == null ? "WHATSAPP" : order.customer().contactChannel().name();
    }

    private static String subject(OrderView order, int stars) {
        return "Rated " + stars + " of 5 · delivered by " + orElse(order.deliveryBoy()) + " · packed by "
                + orElse(order.packingStartedBy());
    }

    private static String orElse(String value) {
        return value == null || value.isBlank() ? "(not recorded)" : value;
    }
}

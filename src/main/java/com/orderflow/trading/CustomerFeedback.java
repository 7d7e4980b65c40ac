package com.orderflow.trading;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.NewTicket;
import com.orderflow.helpdesk.TicketSource;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.trading.process.TradingOrderProcess;

/**
 * The customer's rating (E1 1016, F8): given on the tracking page, or taken by Customer Care on the
 * phone. A rating below 4 opens a help desk ticket asking what went wrong.
 */
@Service
public class CustomerFeedback {
    static final int LOW = 4;

    private final TradingOrders orders;
    private final HelpDesk helpDesk;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final ShopClock clock;

    CustomerFeedback(TradingOrders orders, HelpDesk helpDesk, RuntimeService runtime, AuditLog audit, ShopClock clock) {
        this.orders = orders;
        this.helpDesk = helpDesk;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** The customer rated on the tracking page: the order's process hears it. */
    @Transactional
    public void ratedByCustomer(long orderId, Integer stars, String comment) {
        rate(orderId, stars, comment, "customer", "rating");
        orders.findById(orderId).ifPresent(order -> runtime.createMessageCorrelation(
                TradingOrderProcess.MESSAGE_CUSTOMER_RATED).processInstanceBusinessKey(order.number()).correlateAll());
    }

    /** Customer Care's "Capture feedback": the stars the customer gave on the phone, or none when they gave none. */
    @Transactional
    public void captured(long orderId, Object rating, Object comment, String actor) {
        String value = rating == null ? "" : rating.toString().strip();
        if ("none".equals(value)) {
            audit.record(actor, "TRADING_NO_RATING", orders.findById(orderId).map(TradingOrder::number).orElse(null),
                    comment == null ? "the customer gave no rating" : comment.toString());
            return;
        }
        Integer stars;
        try {
            stars = Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_RATING, "must be 1 to 5, or none");
        }
        rate(orderId, stars, comment == null ? null : comment.toString(), actor, TradingOrderProcess.FIELD_RATING);
    }

    private void rate(long orderId, Integer stars, String comment, String actor, String field) {
        if (stars == null || stars < 1 || stars > 5) {
            throw new InvalidInputException(field, "must be 1 to 5 stars");
        }
        if (comment != null && comment.length() > 500) {
            throw new InvalidInputException("comment", "must be at most 500 characters");
        }
        TradingOrder order = orders.lock(orderId).orElseThrow();
        order.rate(stars, comment, clock.now());
        audit.record(actor, "TRADING_RATED", order.number(), stars + " star(s)" + (comment == null ? "" : ": " + comment));
        if (stars < LOW) {
            helpDesk.open(new NewTicket(TicketSource.LOW_RATING, "Rated " + stars + " of 5: " + order.number(),
                    comment == null || comment.isBlank() ? "The customer rated " + stars + " of 5 without a word; call"
                            + " and ask what went wrong." : comment.strip(), order.number(), order.customerName(),
                    order.customerEmail(), order.customerPhone(), actor));
        }
    }
}

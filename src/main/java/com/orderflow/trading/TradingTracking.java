package com.orderflow.trading;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.billing.PaymentLinks;
import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.NewTicket;
import com.orderflow.helpdesk.TicketSource;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.tracking.SignedTokens;

/**
 * The customer's tracking page of a trading order (E2), behind its signed link: what it shows, and
 * what the customer does there (rate the order, ask for help, which opens a help desk ticket).
 */
@Service
public class TradingTracking {
    private final TradingOrders orders;
    private final TradingQueries queries;
    private final Visits visits;
    private final SignedTokens tokens;
    private final PaymentLinks payments;
    private final CustomerFeedback feedback;
    private final HelpDesk helpDesk;
    private final String shopName;

    TradingTracking(TradingOrders orders, TradingQueries queries, Visits visits, SignedTokens tokens,
            PaymentLinks payments, CustomerFeedback feedback, HelpDesk helpDesk,
            @Value("${orderflow.notifications.shop-name:orderflow}") String shopName) {
        this.orders = orders;
        this.queries = queries;
        this.visits = visits;
        this.tokens = tokens;
        this.payments = payments;
        this.feedback = feedback;
        this.helpDesk = helpDesk;
        this.shopName = shopName;
    }

    /** The page's order; empty for a malformed, tampered or unknown token alike. */
    @Transactional(readOnly = true)
    public Optional<TrackedTradingOrder> track(String token) {
        return order(token).map(o -> tracked(o, token));
    }

    /** The customer's stars (and words) from the page. */
    @Transactional
    public void rate(String token, Integer stars, String comment) {
        TradingOrder order = order(token).orElseThrow(() -> new NotFoundException("No such order"));
        if (!mayRate(order)) {
            throw new InvalidInputException("rating", "can be given once the order is delivered, and once");
        }
        feedback.ratedByCustomer(order.id(), stars, comment);
    }

    /** The customer's question from the page: a help desk ticket about the order. */
    @Transactional
    public String askForHelp(String token, String question) {
        TradingOrder order = order(token).orElseThrow(() -> new NotFoundException("No such order"));
        if (question != null && question.length() > 2000) {
            throw new InvalidInputException("message", "must be at most 2000 characters");
        }
        return helpDesk.open(new NewTicket(TicketSource.TRACKING_PAGE, "Question about " + order.number(), question,
                order.number(), order.customerName(), order.customerEmail(), order.customerPhone(),
                order.customerName())).number();
    }

    private Optional<TradingOrder> order(String token) {
        return tokens.verifiedHash(TradingIntake.TRACKING_PURPOSE, token).flatMap(orders::findByTrackingHash);
    }

    private static boolean mayRate(TradingOrder order) {
        return order.rating() == null && (order.state() == TradingState.DELIVERED || order.state() == TradingState.INSTALLED
                || order.state() == TradingState.COMPLETED);
    }

    private TrackedTradingOrder tracked(TradingOrder order, String token) {
        TradingOrderView view = queries.view(order);
        List<TrackedTradingOrder.Moment> timeline = List.of(TrackingMilestone.values()).stream().map(m -> {
            Optional<TradingOrderView.StepRow> reached = view.steps().stream()
                    .filter(r -> r.done() && m.steps().contains(r.step()))
                    .max(Comparator.comparingInt(r -> r.step().id()));
            int progress = m.steps().get(m.steps().size() - 1).progress();
            return new TrackedTradingOrder.Moment(m, reached.isPresent(), reached.map(TradingOrderView.StepRow::at)
                    .orElse(null), reached.map(r -> r.step().progress()).orElse(progress));
        }).toList();
        ShipmentView shipment = view.shipment();
        boolean paid = order.paidAmount() != null;
        String payLink = order.paymentMode() == PaymentMode.PREPAID && !paid && !order.state().isOver()
                ? payments.upi(order.number(), order.total()).orElse(null) : null;
        Optional<Visit> offered = visits.findFirstByOrderIdOrderByAttemptDesc(order.id())
                .filter(v -> v.state() == Visit.State.OFFERED || v.state() == Visit.State.CONFIRMED);
        boolean onTheWay = shipment != null && shipment.bookedAt() != null && shipment.stage() != ShipmentStage.DELIVERED
                && shipment.stage() != ShipmentStage.RETURNED;
        return new TrackedTradingOrder(token, shopName, order.language(), order.firstName(),
                view.lines().stream().map(l -> l.name() + " × " + l.quantity()).toList(), order.total(),
                order.paymentMode().name(), paid, payLink, view.progress(), order.state(), timeline,
                shipment == null ? null : shipment.courierName(), shipment == null ? null : shipment.awb(),
                shipment == null ? null : shipment.stage(), shipment == null ? List.of() : shipment.scans(),
                shipment == null ? null : shipment.promisedBy(),
                view.prediction() == null ? null : view.prediction().medianBy(),
                view.prediction() == null ? null : view.prediction().p90By(),
                shipment != null && shipment.delayRaisedAt() != null && onTheWay,
                onTheWay ? shipment.deliveryOtp() : null,
                offered.map(Visit::slotStart).orElse(null),
                offered.filter(v -> v.state() == Visit.State.OFFERED)
                        .map(v -> tokens.tokenOf(Installations.SLOT_PURPOSE, v.tokenSeed())).orElse(null),
                mayRate(order), order.rating(), view.warranties());
    }
}

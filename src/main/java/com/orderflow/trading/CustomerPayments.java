package com.orderflow.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.billing.GatewayCallback;
import com.orderflow.billing.GatewayOutcome;
import com.orderflow.billing.GatewayPayee;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.trading.process.TradingOrderProcess;

/**
 * The customer's money (E1 1002): a prepaid order is paid through the shop's gateway with the order
 * number as its reference (billing checks the callback's signature and keeps each event once, then
 * asks here); exactly the order's total in rupees counts, anything else is recorded and not counted.
 * Finance decides an order left unpaid, and pays back a prepaid order that was cancelled or came back.
 */
@Service
public class CustomerPayments implements GatewayPayee {
    static final String GATEWAY = "payment-gateway";

    private final TradingOrders orders;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final ShopClock clock;

    CustomerPayments(TradingOrders orders, RuntimeService runtime, AuditLog audit, ShopClock clock) {
        this.orders = orders;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<GatewayOutcome> receive(GatewayCallback callback) {
        String number = callback.billNumber().strip().toUpperCase(Locale.ROOT);
        Optional<TradingOrder> found = orders.findByNumber(number);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TradingOrder order = orders.lock(found.get().id()).orElseThrow();
        BigDecimal amount = callback.amount().setScale(2, RoundingMode.HALF_UP);
        String reference = callback.reference() == null || callback.reference().isBlank() ? callback.eventId()
                : callback.reference().strip();
        if ("failed".equals(callback.status())) {
            String detail = "Payment of " + Rupees.format(amount) + " for " + number + " failed at the gateway";
            audit.record(GATEWAY, "TRADING_PAYMENT_FAILED", number, detail);
            return Optional.of(new GatewayOutcome(callback.eventId(), "FAILED", detail));
        }
        String problem = null;
        if (!"INR".equals(callback.currency())) {
            problem = "currency " + callback.currency() + ", not INR";
        } else if (order.paymentMode() != PaymentMode.PREPAID) {
            problem = "the order is cash on delivery";
        } else if (order.paidAmount() != null) {
            problem = "the order was already paid (" + order.paymentReference() + ")";
        } else if (order.state().isOver()) {
            problem = "the order is " + order.state();
        } else if (amount.compareTo(order.total()) != 0) {
            problem = Rupees.format(amount) + " paid but the order is " + Rupees.format(order.total());
        }
        if (problem != null) {
            String detail = "Gateway payment for " + number + " not counted: " + problem + " (" + reference + ")";
            audit.record(GATEWAY, "TRADING_PAYMENT_FLAGGED", number, detail);
            return Optional.of(new GatewayOutcome(callback.eventId(), "FLAGGED", detail));
        }
        order.markPaid(amount, reference, clock.now());
        orders.flush();
        String detail = Rupees.format(amount) + " received for " + number + " (" + reference + ")";
        audit.record(GATEWAY, "TRADING_PAYMENT_RECEIVED", number, detail);
        runtime.createMessageCorrelation(TradingOrderProcess.MESSAGE_PAYMENT_RECEIVED)
                .processInstanceBusinessKey(number).correlateAll();
        return Optional.of(new GatewayOutcome(callback.eventId(), "ACCEPTED", detail));
    }

    /** Paid in advance, or cash on delivery accepted: the order goes on to its goods (E1 1002). */
    @Transactional
    public void verified(long orderId) {
        orders.lock(orderId).orElseThrow().verifyPayment();
    }

    /** For the process's gateway after Finance's check: whether the order's money is in. */
    @Transactional(readOnly = true)
    public boolean paid(long orderId) {
        return orders.findById(orderId).map(o -> o.paidAmount() != null).orElse(false);
    }

    /**
     * Finance looked at an order left unpaid: paid after all (by a transfer the gateway did not
     * report: its reference), or cancel it. A payment that arrived meanwhile wins over a cancel.
     */
    @Transactional
    public void checkedUnpaid(long orderId, Object outcome, Object reference, String actor) {
        TradingOrder order = orders.lock(orderId).orElseThrow();
        if (TradingOrderProcess.PAYMENT_PAID.equals(outcome)) {
            if (order.paidAmount() == null) {
                String ref = reference == null ? "" : reference.toString().strip();
                if (ref.isEmpty() || ref.length() > 100) {
                    throw new InvalidInputException(TradingOrderProcess.FIELD_PAYMENT_REFERENCE,
                            "must give the payment's reference (UTR or transfer number), at most 100 characters");
                }
                order.markPaid(order.total(), ref + " (checked by " + actor + ")", clock.now());
                audit.record(actor, "TRADING_PAYMENT_CONFIRMED", order.number(), Rupees.format(order.total()) + " " + ref);
            }
        } else if (TradingOrderProcess.PAYMENT_CANCEL.equals(outcome)) {
            if (order.paidAmount() != null) {
                throw new ConflictException("Order " + order.number() + " was paid meanwhile (" + order.paymentReference()
                        + "); choose paid");
            }
            order.closeFor("Not paid (" + actor + ")");
        } else {
            throw new InvalidInputException(TradingOrderProcess.FIELD_PAYMENT_OUTCOME, "must be paid or cancel");
        }
    }

    /** Finance paid a prepaid customer back, with the reference of the refund. */
    @Transactional
    public void refunded(long orderId, Object reference, String actor) {
        String ref = reference == null ? "" : reference.toString().strip();
        if (ref.isEmpty() || ref.length() > 100) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_REFUND_REFERENCE,
                    "must give the refund's reference, at most 100 characters");
        }
        TradingOrder order = orders.lock(orderId).orElseThrow();
        order.refunded(ref);
        audit.record(actor, "TRADING_REFUNDED", order.number(), Rupees.format(order.paidAmount()) + " " + ref);
    }

    /** For the process's gateway after an order closed undelivered: whether money must go back. */
    @Transactional(readOnly = true)
    public boolean refundDue(long orderId) {
        return orders.findById(orderId).map(TradingOrder::needsRefund).orElse(false);
    }
}

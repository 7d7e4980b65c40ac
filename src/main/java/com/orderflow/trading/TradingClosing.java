package com.orderflow.trading;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.audit.AuditLog;

/**
 * An order that ends without being delivered: cancelled before it shipped (not paid, no vendor would
 * supply it) or returned by the courier. Our own stock is put back (reserved, or restocked when it
 * comes back), the vendor's purchase order is withdrawn with every release credited back, and its
 * open visits end.
 */
@Service
public class TradingClosing {
    private final TradingOrders orders;
    private final TradingProducts products;
    private final VendorStages vendorStages;
    private final Visits visits;
    private final AuditLog audit;

    TradingClosing(TradingOrders orders, TradingProducts products, VendorStages vendorStages, Visits visits,
            AuditLog audit) {
        this.orders = orders;
        this.products = products;
        this.vendorStages = vendorStages;
        this.visits = visits;
        this.audit = audit;
    }

    @Transactional
    public TradingState closeUndelivered(long orderId) {
        TradingOrder order = orders.lock(orderId).orElseThrow();
        boolean reserved = order.sourcing() == Sourcing.OWN_STOCK && !TradingState.ON_THE_WAY.contains(order.state())
                && order.state() != TradingState.PAYMENT_VERIFIED && order.state() != TradingState.PLACED;
        TradingState closed = order.closeUndelivered();
        String reason = closed == TradingState.RETURNED ? "returned by the courier"
                : order.closingReason() == null ? "cancelled" : order.closingReason();
        if (order.sourcing() == Sourcing.OWN_STOCK) {
            var locked = products.lockAll(order.lines().stream().map(TradingOrderLine::productId).sorted().toList());
            for (TradingOrderLine line : order.lines()) {
                TradingProduct product = locked.stream().filter(p -> p.id() == line.productId()).findFirst().orElseThrow();
                if (closed == TradingState.RETURNED) {
                    product.restock(line.quantity());
                } else if (reserved) {
                    product.unreserve(line.quantity());
                }
            }
        }
        vendorStages.withdraw(orderId, reason, "system");
        visits.findByOrderIdOrderByAttemptAsc(orderId).forEach(Visit::cancel);
        audit.record("system", closed == TradingState.RETURNED ? "TRADING_ORDER_RETURNED" : "TRADING_ORDER_CANCELLED",
                order.number(), reason);
        return closed;
    }
}

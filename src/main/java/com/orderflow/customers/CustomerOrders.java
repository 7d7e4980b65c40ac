package com.orderflow.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.billing.BillView;
import com.orderflow.billing.CustomerBills;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.OrdersOfCustomer;
import com.orderflow.orders.TimelineEntry;
import com.orderflow.platform.web.NotFoundException;

/**
 * A signed-in customer's own orders (F8): the list, one order with its timeline and bill, the bill
 * as PDF, cancelling. Every method finds the order by number and phone together, so another
 * customer's order answers exactly like one that does not exist (404).
 */
@Service
public class CustomerOrders {
    private static final int LIST_LIMIT = 50;

    private final OrdersOfCustomer orders;
    private final OrderLifecycle lifecycle;
    private final OrderService orderService;
    private final CustomerBills bills;

    CustomerOrders(OrdersOfCustomer orders, OrderLifecycle lifecycle, OrderService orderService, CustomerBills bills) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.orderService = orderService;
        this.bills = bills;
    }

    /** One order as its customer sees it. */
    public record OrderDetail(OrderView order, List<TimelineEntry> timeline, BillView bill, boolean mayCancel) {
    }

    /** The customer's newest orders. */
    @Transactional(readOnly = true)
    public List<OrderView> list(CustomerProfile me) {
        return orders.placedWith(me.phone(), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public OrderDetail detail(CustomerProfile me, String number) {
        OrderView order = own(me, number);
        return new OrderDetail(order, lifecycle.timeline(lifecycle.idOf(order.number())),
                bills.liveBill(order.number()).orElse(null),
                orderService.mayCancel(CustomerUser.of(me), order.status()));
    }

    /**
     * The quantities of one of the customer's orders by SKU, to fill the cart again ("order again");
     * what they cost is today's catalogue's, at checkout.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> quantities(CustomerProfile me, String number) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        own(me, number).lines().forEach(l -> quantities.merge(l.sku(), l.quantity(), Integer::sum));
        return quantities;
    }

    /** The order's status changes, oldest first (the page polls them). */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(CustomerProfile me, String number) {
        return lifecycle.timeline(lifecycle.idOf(own(me, number).number()));
    }

    /** The live bill as PDF, or 404 when the order has none yet. */
    @Transactional
    public byte[] billPdf(CustomerProfile me, String number) {
        OrderView order = own(me, number);
        return bills.pdf(order.number(), CustomerUser.of(me))
                .orElseThrow(() -> new NotFoundException("Order " + number + " has no bill yet"));
    }

    /** Cancels while the permission table lets a customer cancel in the order's status (before packing). */
    @Transactional
    public OrderView cancel(CustomerProfile me, String number, String reason) {
        OrderView order = own(me, number);
        return orderService.cancel(order.number(), reason, CustomerUser.of(me));
    }

    /** The order when it is this customer's; a 404 otherwise, the same as for an unknown number. */
    OrderView own(CustomerProfile me, String number) {
        return find(me, number).orElseThrow(() -> new NotFoundException("No order " + number));
    }

    /** Any order by its number, for this module's own listeners (no customer asked). */
    Optional<OrderView> byNumber(String number) {
        return lifecycle.find(number);
    }

    Optional<OrderView> find(CustomerProfile me, String number) {
        return number == null ? Optional.empty() : orders.find(number.strip(), me.phone());
    }
}

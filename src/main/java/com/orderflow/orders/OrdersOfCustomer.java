package com.orderflow.orders;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders by the phone they were placed with, for system readers that did their own check of who
 * asks (the customer's account reads only the signed-in customer's orders). No permission check here: the phone is the filter. Phones are E.164, as every order
 * stores them.
 */
@Service
public class OrdersOfCustomer {
    private final Orders orders;

    OrdersOfCustomer(Orders orders) {
        this.orders = orders;
    }

    /** The newest orders placed with this phone, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<OrderView> placedWith(String phone, int limit) {
        return orders.findAll(withPhone(phone), PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "createdAt", "id")))
                .map(OrderView::of).getContent();
    }

    /** The order with this number when it was placed with this phone; empty otherwise, also for unknown numbers. */
    @Transactional(readOnly = true)
    public Optional<OrderView> find(String number, String phone) {
        return orders.byNumber(number).filter(o -> o.customer().phone().equals(phone)).map(OrderView::of);
    }

    private static Specification<Order> withPhone(String phone) {
        return (root, query, cb) -> cb.equal(root.get("customer").get("phone"), phone);
    }
}

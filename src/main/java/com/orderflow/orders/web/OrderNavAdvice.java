package com.orderflow.orders.web;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.orderflow.orders.OrderService;
import com.orderflow.platform.security.CurrentUser;

/** Tells the shared layout, on every page, whether to offer the order form. */
@ControllerAdvice(annotations = Controller.class)
class OrderNavAdvice {
    private final OrderService orders;

    OrderNavAdvice(OrderService orders) {
        this.orders = orders;
    }

    /** Asked only when a page draws its navigation, so API calls pay nothing for it. */
    record OrderNav(Principal principal, OrderService orders) {
        public boolean mayCreate() {
            return principal instanceof Authentication authentication && orders.mayCreate(CurrentUser.of(authentication));
        }
    }

    @ModelAttribute("orderNav")
    OrderNav orderNav(Principal principal) {
        return new OrderNav(principal, orders);
    }
}

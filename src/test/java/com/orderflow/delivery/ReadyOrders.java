package com.orderflow.delivery;

import java.math.BigDecimal;
import java.util.List;

import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.TestOrders;

/** Orders for delivery tests, placed, packed and billed: ready for dispatch at an address of choice. */
public final class ReadyOrders {
    private final OrderService orders;
    private final OrderDriver driver;

    public ReadyOrders(OrderService orders, OrderDriver driver) {
        this.orders = orders;
        this.driver = driver;
    }

    public String ready(String locality, String pincode) {
        String number = received(locality, pincode);
        driver.pack(number).bill(number);
        return number;
    }

    public String received(String locality, String pincode) {
        return orders.create(new NewOrder(Channel.PHONE,
                new NewOrder.Customer("Asha Pawar", "98200 11111", "Flat 4, Sai Krupa", locality, pincode), null,
                List.of(new NewOrder.Line("KAR-250", "Karanji", "250 g", 1, new BigDecimal("180"), BigDecimal.ZERO))),
                TestOrders.BILLER).number();
    }
}

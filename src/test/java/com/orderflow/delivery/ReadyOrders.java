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
    /** What a ready order's bill comes to: one Karanji 250 g at ₹180, no GST in the tests. */
    public static final BigDecimal BILL = new BigDecimal("180.00");

    private final OrderService orders;
    private final OrderDriver driver;

    public ReadyOrders(OrderService orders, OrderDriver driver) {
        this.orders = orders;
        this.driver = driver;
    }

    /** Paid in cash at billing: nothing to collect at the door. */
    public String ready(String locality, String pincode) {
        String number = received(locality, pincode);
        driver.pack(number).bill(number);
        return number;
    }

    /** Billed on credit: the whole bill ({@link #BILL}) to collect at the door. */
    public String cashOnDelivery(String customer, String locality, String pincode) {
        String number = received(customer, locality, pincode);
        driver.pack(number).bill(number, "credit");
        return number;
    }

    public String received(String locality, String pincode) {
        return received("Asha Pawar", locality, pincode);
    }

    public String received(String customer, String locality, String pincode) {
        return orders.create(new NewOrder(Channel.PHONE,
                new NewOrder.Customer(customer, "98200 11111", "Flat 4, Sai Krupa", locality, pincode), null,
                List.of(new NewOrder.Line("KAR-250", "Karanji", "250 g", 1, new BigDecimal("180"), BigDecimal.ZERO))),
                TestOrders.BILLER).number();
    }
}

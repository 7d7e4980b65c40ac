package com.orderflow.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;
import com.orderflow.support.TransactionRace;

/**
 * Customers are one record per phone in E.164 however it was typed (F5), with every name and
 * address their orders carried kept as history; two first orders of a new phone at the same moment
 * still make one record.
 */
@OrderflowSpringTest
class CustomerDirectoryTest {
    @Autowired
    OrderService orders;
    @Autowired
    CustomerDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void onePhoneTypedThreeWaysIsOneCustomerWithTheirAddressesAsHistory() {
        orders.create(order("Sunita Patil", "98200 40001", "3 Shivaji Road"), TestOrders.BILLER);
        orders.create(order("Sunita Patil", "+91 98200-40001", "  3 shivaji   road "), TestOrders.BILLER);
        orders.create(order("Sunita S. Patil", "09820040001", "12 Link Road"), TestOrders.BILLER);

        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM customer_account WHERE phone = '+919820040001'",
                Integer.class));
        CustomerProfile sunita = directory.find("98200 40001").orElseThrow();
        assertEquals("Sunita S. Patil", sunita.name(), "the latest name used");
        List<CustomerAddress> history = directory.addresses(sunita.id());
        assertEquals(List.of("12 Link Road", "3 Shivaji Road"), history.stream().map(CustomerAddress::address).toList());
        assertEquals(List.of(1, 2), history.stream().map(CustomerAddress::timesUsed).toList(),
                "the same address however spaced or capitalised is one row, used twice");
    }

    @Test
    void twoFirstOrdersOfANewPhoneAtOnceMakeOneCustomer() throws Exception {
        TransactionRace.whileOpen(transactions,
                () -> orders.create(order("Nikhil Rane", "98200 40002", "5 Ganesh Lane"), TestOrders.BILLER),
                () -> orders.create(order("Nikhil Rane", "98200 40002", "5 Ganesh Lane"), TestOrders.BILLER));

        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM customer_account WHERE phone = '+919820040002'",
                Integer.class));
        CustomerProfile nikhil = directory.find("+919820040002").orElseThrow();
        assertEquals(2, directory.addresses(nikhil.id()).get(0).timesUsed());
    }

    private static NewOrder order(String name, String phone, String address) {
        var template = TestOrders.homeDelivery();
        return new NewOrder(template.channel(), new NewOrder.Customer(name, phone, address, "Dahisar East", "400068"),
                null, template.lines());
    }
}

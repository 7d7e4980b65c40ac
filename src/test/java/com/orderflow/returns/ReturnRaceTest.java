package com.orderflow.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TransactionRace;
import com.orderflow.support.TestOrders;

/**
 * Two Customer Care staff opening returns for the same order at the same moment (on the real
 * PostgreSQL) never take back more pieces than were delivered: the second waits for the first and
 * is refused for what the first took.
 */
@OrderflowSpringTest
class ReturnRaceTest {
    @Autowired
    ReturnService returns;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private <T> T whileOpen(Runnable first, Callable<T> second) throws Exception {
        return TransactionRace.whileOpen(transactions, first, second);
    }

    @Test
    void twoReturnsOpenedAtOnceForTheSameOrderNeverTakeBackMoreThanWasDelivered() {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        driver.pack(order.number()).bill(order.number()).takeOut(order.number(), "ravi").deliver(order.number());

        assertThatThrownBy(() -> whileOpen(
                () -> returns.open(new NewReturn(order.number(), List.of(new NewReturn.Line("KK-1KG", 2)), "DAMAGED",
                        "both boxes dented"), null, TestOrders.CARE),
                () -> returns.open(new NewReturn(order.number(), List.of(new NewReturn.Line("KK-1KG", 1)), "DAMAGED",
                        "one box dented, said again"), null, TestOrders.OWNER)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("lines[0].quantity");
                            assertThat(p.message()).startsWith("must be at most 0");
                        }));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_case WHERE order_number = ?", Integer.class,
                order.number())).as("only the first return is stored").isEqualTo(1);
        assertThat(returns.ofOrder(order.number(), TestOrders.OWNER)).singleElement()
                .satisfies(r -> assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(2)));
    }
}

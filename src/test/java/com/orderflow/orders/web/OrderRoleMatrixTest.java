package com.orderflow.orders.web;

import static com.orderflow.orders.web.OrderApiTest.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * F2: the role × action × status matrix of dmn/order-action-permission.dmn, enforced on the API,
 * cell by cell. Users are the demo users, one per role (ravi is delivery).
 */
@OrderflowSpringTest
class OrderRoleMatrixTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;

    @ParameterizedTest(name = "{0} creates an order → {1}")
    @CsvSource({"owner, 201", "manager, 201", "biller, 201", "care, 201",
            "packer, 403", "ravi, 403", "karigar, 403"})
    void createOrder(String user, int expected) throws Exception {
        mvc.perform(as(user, post("/api/orders")).content(OrderApiTest.VALID_ORDER))
                .andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} gives a discount with a reason → {1}")
    @CsvSource({"owner, 201", "manager, 201", "biller, 201", "care, 403"})
    void giveADiscount(String user, int expected) throws Exception {
        mvc.perform(as(user, post("/api/orders")).content(OrderApiTest.VALID_ORDER.replace("\"unitPrice\":1200}",
                        "\"unitPrice\":1200,\"discount\":50,\"discountReason\":\"old customer\"}")))
                .andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} views an order → {1}")
    @CsvSource({"owner, 200", "manager, 200", "biller, 200", "care, 200", "packer, 200", "karigar, 200",
            "ravi, 404"})
    void viewSomeoneElsesOrder(String user, int expected) throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(as(user, get("/api/orders/" + number))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} writes a note → {1}")
    @CsvSource({"owner, 201", "manager, 201", "biller, 201", "care, 201", "packer, 201", "karigar, 201",
            "ravi, 201"})
    void writeNoteOnAnOrderTheyMaySee(String user, int expected) throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number).bill(number).takeOut(number, "ravi");
        mvc.perform(as(user, post("/api/orders/" + number + "/notes")).content("{\"body\":\"noted by " + user + "\"}"))
                .andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} corrects an order that is {1} → {2}")
    @CsvSource({"owner, RECEIVED, 200", "manager, RECEIVED, 200", "biller, RECEIVED, 200", "care, RECEIVED, 200",
            "packer, RECEIVED, 403", "karigar, RECEIVED, 403",
            "biller, READY_FOR_DISPATCH, 200", "packer, READY_FOR_DISPATCH, 403",
            "owner, OUT_FOR_DELIVERY, 403", "ravi, OUT_FOR_DELIVERY, 403"})
    void editCustomerDetails(String user, OrderStatus status, int expected) throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        switch (status) {
            case RECEIVED -> { }
            case READY_FOR_DISPATCH -> driver.pack(number).bill(number);
            case OUT_FOR_DELIVERY -> driver.pack(number).bill(number).takeOut(number, "ravi");
            default -> throw new IllegalArgumentException(status.name());
        }
        mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                        "/api/orders/" + number)).content("{\"customer\":{\"name\":\"Sita R.\",\"phone\":\"9820123456\"}}"))
                .andExpect(status().is(expected));
        org.junit.jupiter.api.Assertions.assertEquals(expected == 200 ? "Sita R." : "Sita Rao",
                orders.get(number, TestOrders.OWNER).customer().name());
    }

    @ParameterizedTest(name = "{0} cancels an order that is {1} → {2}")
    @CsvSource({
            "owner, RECEIVED, 200", "manager, RECEIVED, 200", "biller, RECEIVED, 200", "care, RECEIVED, 200",
            "packer, RECEIVED, 403", "karigar, RECEIVED, 403",
            "owner, PACKED, 200", "manager, PACKED, 200", "biller, PACKED, 200", "care, PACKED, 403",
            "packer, PACKED, 403", "karigar, PACKED, 403",
            "owner, READY_FOR_DISPATCH, 200", "manager, READY_FOR_DISPATCH, 200", "biller, READY_FOR_DISPATCH, 403",
            "care, READY_FOR_DISPATCH, 403", "packer, READY_FOR_DISPATCH, 403",
            "owner, OUT_FOR_DELIVERY, 200", "manager, OUT_FOR_DELIVERY, 403", "biller, OUT_FOR_DELIVERY, 403",
            "care, OUT_FOR_DELIVERY, 403", "ravi, OUT_FOR_DELIVERY, 403",
            "owner, DELIVERED, 409", "manager, DELIVERED, 409"})
    void cancelOrder(String user, OrderStatus status, int expected) throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        switch (status) {
            case RECEIVED -> { }
            case PACKED -> driver.pack(number);
            case READY_FOR_DISPATCH -> driver.pack(number).bill(number);
            case OUT_FOR_DELIVERY -> driver.pack(number).bill(number).takeOut(number, "ravi");
            case DELIVERED -> driver.pack(number).bill(number).takeOut(number, "ravi").deliver(number);
            default -> throw new IllegalArgumentException(status.name());
        }
        mvc.perform(as(user, post("/api/orders/" + number + "/cancel")).content("{\"reason\":\"customer asked\"}"))
                .andExpect(status().is(expected));
        OrderStatus after = orders.get(number, TestOrders.OWNER).status();
        org.junit.jupiter.api.Assertions.assertEquals(expected == 200 ? OrderStatus.CANCELLED : status, after);
    }
}

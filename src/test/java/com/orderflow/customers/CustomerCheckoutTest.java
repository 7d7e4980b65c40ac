package com.orderflow.customers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.inventory.OrderStockService;
import com.orderflow.inventory.Pool;
import com.orderflow.inventory.TestStock;
import com.orderflow.notifications.DirectMessages;
import com.orderflow.orders.Channel;
import com.orderflow.orders.ContactChannel;
import com.orderflow.orders.DeliverySlot;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.OrdersOfCustomer;
import com.orderflow.platform.ShopClock;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * A signed-in customer orders from the catalogue (F8): prices are the catalogue's whatever the form
 * says, an advance booking sets stock aside exactly as the staff intake does, a bad cart is named
 * field by field and creates nothing, and the customer cancels before packing.
 */
@OrderflowSpringTest
class CustomerCheckoutTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    DirectMessages outbox;
    @Autowired
    SignIn signIn;
    @Autowired
    TestStock stock;
    @Autowired
    OrderStockService orderStock;
    @Autowired
    OrderService staffIntake;
    @Autowired
    OrdersOfCustomer ordersOf;
    @Autowired
    ShopClock clock;
    @Autowired
    OrderDriver driver;

    @BeforeEach
    void freshLimits() {
        signIn.resetLimits();
    }

    @Test
    void todaysOrderIsPricedFromTheCatalogueAndListedInTheAccount() throws Exception {
        String sku = stock.product(5);
        MockHttpSession me = CustomerAccess.signIn(mvc, outbox, "98200 20001", "+919820020001");

        mvc.perform(get("/my/shop").session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-sku=\"" + sku + "\"")))
                .andExpect(content().string(containsString("5 in the shop")));
        mvc.perform(post("/my/checkout").session(me).with(csrf()).param("qty_" + sku, "2")
                // a price or a name from the browser is not read: the catalogue says 1200
                .param("price_" + sku, "1").param("unitPrice", "1").param("total", "2")
                .param("name", "Meera Pai").param("address", "4 Tilak Road").param("locality", "Dahisar East")
                .param("pincode", "400068")).andExpect(status().is3xxRedirection());

        OrderView order = only(ordersOf.placedWith("+919820020001", 10));
        assertEquals(Channel.ONLINE, order.channel());
        assertEquals(0, new BigDecimal("2400").compareTo(order.total()), "2 × the catalogue's ₹1,200");
        assertEquals("Meera Pai", order.customer().name());
        mvc.perform(get("/my").session(me)).andExpect(content().string(containsString(order.number())))
                .andExpect(content().string(containsString("Namaste Meera")));
        mvc.perform(get("/my/orders/" + order.number()).session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("₹2,400.00")));

        // once packed and billed on credit, the order shows its bill, what is due with a UPI link, and the PDF
        driver.pack(order.number()).bill(order.number(), "credit");
        mvc.perform(get("/my/orders/" + order.number()).session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"bill-pdf\"")))
                .andExpect(content().string(containsString("data-testid=\"pay-upi\"")))
                .andExpect(content().string(not(containsString("data-testid=\"cancel-form\""))));
        byte[] pdf = mvc.perform(get("/my/orders/" + order.number() + "/bill.pdf").session(me))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        // "order these again" fills the cart with the order's quantities; another customer's order fills nothing
        mvc.perform(get("/my/shop").session(me).param("again", order.number())).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"qty_" + sku + "\" value=\"2\"")));
        MockHttpSession other = CustomerAccess.signIn(mvc, outbox, "98200 20009", "+919820020009");
        mvc.perform(get("/my/shop").session(other).param("again", order.number())).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("data-testid=\"not-found\"")));
    }

    @Test
    void anAdvanceBookingSetsStockAsideExactlyLikeTheStaffIntake() throws Exception {
        String sku = stock.product(10);
        LocalDate day = clock.today().plusDays(3);
        OrderView byStaff = staffIntake.create(new NewOrder(Channel.ADVANCE_BOOKING,
                new NewOrder.Customer("Staff Booked", "98200 20090", "1 Road", "Dahisar East", "400068"), day,
                List.of(new NewOrder.Line(sku, "Kaju Katli", "1 kg", 3, new BigDecimal("1200"), BigDecimal.ZERO))),
                TestOrders.BILLER);
        MockHttpSession me = CustomerAccess.signIn(mvc, outbox, "98200 20002", "+919820020002");

        mvc.perform(post("/my/checkout").session(me).with(csrf()).param("qty_" + sku, "3")
                .param("deliveryDate", day.toString()).param("slot", "EVENING").param("name", "Kiran Dev")
                .param("address", "9 Station Road").param("contactChannel", "SMS").param("language", "hi"))
                .andExpect(status().is3xxRedirection());

        OrderView mine = only(ordersOf.placedWith("+919820020002", 10));
        assertEquals(Channel.ADVANCE_BOOKING, mine.channel());
        assertEquals(day, mine.deliveryDate());
        assertEquals(DeliverySlot.EVENING, mine.deliverySlot());
        assertEquals(ContactChannel.SMS, mine.customer().contactChannel(), "the customer's choice for the messages");
        assertEquals("hi", mine.customer().language());
        assertEquals(orderStock.reservedFor(byStaff.number()), orderStock.reservedFor(mine.number()));
        assertEquals(Map.of(sku, 3), orderStock.reservedFor(mine.number()));
        assertEquals(6, stock.balance(sku, Pool.ADVANCE_BOOKING));
        assertEquals(4, stock.balance(sku, Pool.COUNTER));

        // cancelling before packing puts the boxes back
        mvc.perform(get("/my/orders/" + mine.number()).session(me))
                .andExpect(content().string(containsString("data-testid=\"cancel-form\"")));
        mvc.perform(post("/my/orders/" + mine.number() + "/cancel").session(me).with(csrf())
                .param("reason", "plans changed")).andExpect(status().is3xxRedirection());
        assertEquals(OrderStatus.CANCELLED, only(ordersOf.placedWith("+919820020002", 10)).status());
        assertEquals(3, stock.balance(sku, Pool.ADVANCE_BOOKING));
        assertEquals(7, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void aBadCartIsNamedFieldByFieldAndNothingIsOrderedOrSetAside() throws Exception {
        String sku = stock.product(2);
        MockHttpSession me = CustomerAccess.signIn(mvc, outbox, "98200 20003", "+919820020003");

        mvc.perform(post("/my/checkout").session(me).with(csrf()).param("qty_NOT-KEPT", "1").param("name", "Anu")
                .param("address", "2 Lane")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Product: is not a product the shop keeps")));
        mvc.perform(post("/my/checkout").session(me).with(csrf()).param("qty_" + sku, "3").param("name", "Anu")
                .param("address", "2 Lane")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Quantity: must be at most 2")));
        mvc.perform(post("/my/checkout").session(me).with(csrf()).param("qty_" + sku, "1").param("name", "Anu")
                .param("address", "2 Lane").param("deliveryDate", clock.today().minusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Delivery date: must not be in the past")));
        mvc.perform(post("/my/checkout").session(me).with(csrf()).param("qty_" + sku, "1").param("name", "Anu")
                .param("address", " ")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Address: say where to deliver")));

        assertEquals(List.of(), ordersOf.placedWith("+919820020003", 10));
        assertEquals(2, stock.balance(sku, Pool.COUNTER));
        assertEquals(0, stock.balance(sku, Pool.ADVANCE_BOOKING));
    }

    @Test
    void aRefusedCartIsNamedInTheCustomersLanguage() throws Exception {
        MockHttpSession me = CustomerAccess.signIn(mvc, outbox, "98200 20004", "+919820020004");
        mvc.perform(post("/my/checkout/review").session(me).with(csrf()).param("qty_NOT-KEPT", "1").param("lang", "mr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("पदार्थ: हा पदार्थ दुकानात मिळत नाही")));
        mvc.perform(post("/my/checkout/review").session(me).with(csrf()).param("qty_NOT-KEPT", "1").param("lang", "hi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("सामान: यह सामान दुकान में नहीं मिलता")));
    }

    private static OrderView only(List<OrderView> orders) {
        assertEquals(1, orders.size(), orders.toString());
        return orders.get(0);
    }
}

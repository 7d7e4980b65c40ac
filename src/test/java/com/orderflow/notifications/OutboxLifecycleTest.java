package com.orderflow.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.inventory.TestStock;
import com.orderflow.orders.Channel;
import com.orderflow.orders.ContactChannel;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderStatusChanged;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.ShopClock;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** Every lifecycle event writes exactly one notification, in the customer's language; without a provider none is sent. */
@OrderflowSpringTest
class OutboxLifecycleTest {
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    TestStock stock;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Notifications notifications;
    @Autowired
    ShopClock clock;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void deliveryBoysHavePhones() {
        staff.seed("ravi", "+919820000001");
    }

    private Map<NotificationEvent, Notification> byEvent(String number) {
        List<Notification> rows = notifications.findByOrderNumberOrderByIdDesc(number);
        Map<NotificationEvent, Notification> map = rows.stream()
                .collect(Collectors.toMap(Notification::event, Function.identity()));
        assertEquals(rows.size(), map.size(), "one row per event");
        return map;
    }

    private String deliverWholeOrder(String language, ContactChannel channel) {
        String sku = stock.product(5);
        OrderView order = orders.create(Customers.order(sku, Customers.freshPhone(), language, channel),
                TestOrders.BILLER);
        driver.pack(order.number()).bill(order.number()).takeOut(order.number(), "ravi").deliver(order.number());
        return order.number();
    }

    @Test
    void everyLifecycleEventNotifiesOnceInMarathi() {
        String number = deliverWholeOrder("mr", ContactChannel.WHATSAPP);

        Map<NotificationEvent, Notification> rows = byEvent(number);
        // the four lifecycle messages, and after delivery the request to rate the order (issue 16)
        assertEquals(java.util.EnumSet.of(NotificationEvent.ORDER_CONFIRMED, NotificationEvent.PACKING_DONE,
                NotificationEvent.OUT_FOR_DELIVERY, NotificationEvent.DELIVERED, NotificationEvent.RATING_REQUEST),
                rows.keySet());
        rows.values().forEach(n -> {
            assertEquals("mr", n.language());
            assertEquals(ContactChannel.WHATSAPP, n.channel());
            if (n.event() != NotificationEvent.RATING_REQUEST) {
                assertTrue(n.body().startsWith("नमस्कार Sita, तुमची ऑर्डर " + number), n.body());
            }
            assertEquals(1, n.sendVersion());
        });
        assertEquals("नमस्कार Sita, तुमची ऑर्डर " + number + " घेऊन Ravi Shinde (+919820000001) निघाले आहेत.\n- Kokanastha Sweets",
                rows.get(NotificationEvent.OUT_FOR_DELIVERY).body());
        assertEquals("{\"1\":\"Sita\",\"2\":\"" + number + "\",\"3\":\"Ravi Shinde\",\"4\":\"+919820000001\"}",
                rows.get(NotificationEvent.OUT_FOR_DELIVERY).contentVariables());
        assertTrue(rows.get(NotificationEvent.DELIVERED).body().contains("धन्यवाद"));
    }

    @Test
    void everyLifecycleEventNotifiesOnceInHindiBySms() {
        String number = deliverWholeOrder("hi", ContactChannel.SMS);

        Map<NotificationEvent, Notification> rows = byEvent(number);
        assertEquals(5, rows.size(), "four lifecycle messages and the rating request");
        rows.values().forEach(n -> {
            assertEquals(ContactChannel.SMS, n.channel());
            if (n.event() != NotificationEvent.RATING_REQUEST) {
                assertTrue(n.body().startsWith("नमस्ते Sita, आपका ऑर्डर " + number), n.body());
            }
        });
        assertTrue(rows.get(NotificationEvent.PACKING_DONE).body().contains("पैक हो गया है"));
    }

    @Test
    void theSameStatusChangeTwiceMakesOneRow() {
        OrderView order = orders.create(Customers.order(stock.product(1), Customers.freshPhone(), "en",
                ContactChannel.WHATSAPP), TestOrders.BILLER);
        long orderId = notifications.findByOrderNumberOrderByIdDesc(order.number()).get(0).orderId();
        tx.executeWithoutResult(s -> outbox.onStatusChanged(new OrderStatusChanged(orderId, order.number(), null,
                OrderStatus.RECEIVED, "biller", clock.now())));

        assertEquals(1, notifications.findByOrderNumberOrderByIdDesc(order.number()).size());
    }

    @Test
    void withoutAProviderNotificationsAreRecordedButNeverSent() {
        OrderView order = orders.create(Customers.order(stock.product(1), Customers.freshPhone(), "en",
                ContactChannel.WHATSAPP), TestOrders.BILLER);

        assertEquals(0, sender.sendDue());
        Notification row = notifications.findByOrderNumberOrderByIdDesc(order.number()).get(0);
        assertEquals(NotificationStatus.NOT_CONFIGURED, row.status());
        assertEquals("not sent: no provider configured", row.lastError());
        assertEquals(null, row.providerSid());
        assertEquals("Namaste Sita, your order " + order.number()
                + " is confirmed. We will tell you when it is packed.\n- Kokanastha Sweets", row.body());
    }

    @Test
    void theDayBeforeReminderIsWrittenOnceWithTheDeliveryDate() {
        var deliveryDate = clock.today().plusDays(5);
        OrderView order = orders.create(Customers.order(Channel.ADVANCE_BOOKING, stock.product(3),
                Customers.freshPhone(), "en", ContactChannel.SMS, deliveryDate), TestOrders.BILLER);
        long orderId = notifications.findByOrderNumberOrderByIdDesc(order.number()).get(0).orderId();

        outbox.remindDayBeforeDispatch(orderId);
        outbox.remindDayBeforeDispatch(orderId);

        Notification reminder = byEvent(order.number()).get(NotificationEvent.DAY_BEFORE_DISPATCH);
        assertNotNull(reminder);
        String date = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("en-IN"))
                .format(deliveryDate);
        assertTrue(reminder.body().contains("will be delivered on " + date + ". Reply 1 to confirm or 2"),
                reminder.body());
    }
}

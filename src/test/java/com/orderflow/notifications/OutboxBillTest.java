package com.orderflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** A bill sent to the customer (K1, K10): in their language, with the tracking link and, while due, the UPI link. */
@OrderflowSpringTest
class OutboxBillTest {
    private static final String TRACK = "http://localhost:8080/track/abc";
    private static final String UPI = "upi://pay?pa=shop@okaxis&pn=Shop&am=120.50&cu=INR&tn=Bill%20KB-2627-000009&tr=KB-2627-000009";

    @Autowired
    Outbox outbox;
    @Autowired
    OrderService orders;

    @Test
    void aBillWithMoneyDueCarriesTheAmountTheUpiLinkAndTheTrackingLinkInTheCustomersLanguage() {
        var base = TestOrders.homeDelivery();
        var c = base.customer();
        String number = orders.create(new NewOrder(base.channel(), new NewOrder.Customer(c.name(), c.phone(),
                c.address(), c.locality(), c.pincode(), "mr", null), null, base.lines()), TestOrders.BILLER).number();

        NotificationView sent = outbox.sendBill(number, new BillMessage("KB-2627-000009", new BigDecimal("2750"),
                new BigDecimal("120.50"), TRACK, UPI), "care");

        assertThat(sent.event()).isEqualTo(NotificationEvent.BILL_SENT);
        assertThat(sent.recipient()).isEqualTo("+919820123456");
        assertThat(sent.text()).contains("नमस्कार Sita", "KB-2627-000009", "₹2,750.00", "₹120.50", UPI, TRACK);
        assertThat(sent.version()).isEqualTo(1);
        assertThat(outbox.sendBill(number, new BillMessage("KB-2627-000009", new BigDecimal("2750"), BigDecimal.ZERO,
                TRACK, null), "care").version()).isEqualTo(2);
    }

    @Test
    void aPaidBillSaysSoAndCarriesNoPaymentLinkAndAResendFromTheOutboxRepeatsIt() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();

        NotificationView sent = outbox.sendBill(number, new BillMessage("KB-2627-000010", new BigDecimal("2750"),
                BigDecimal.ZERO, TRACK, null), "biller");
        NotificationView again = outbox.resend(sent.id(), TestOrders.CARE);

        assertThat(sent.text()).contains("is paid", TRACK).doesNotContain("upi://", "{5}", "{6}");
        assertThat(again.text()).isEqualTo(sent.text());
        assertThat(again.version()).isEqualTo(2);
    }
}

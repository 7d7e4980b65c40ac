package com.orderflow.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.orderflow.billing.BillView;
import com.orderflow.billing.BillingFixtures;
import com.orderflow.billing.FlagKind;
import com.orderflow.billing.PaymentService;
import com.orderflow.billing.PaymentState;
import com.orderflow.billing.PaymentStatus;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;
import com.orderflow.tracking.TrackingLinks;

/**
 * The payment gateway's callback (K16, S5): signed over the raw body, once per event id, counted
 * only for the right amount; the tracking QR then shows "Paid".
 */
@OrderflowSpringTest
class GatewayWebhookTest {
    private static final String SECRET = "test-gateway-secret-0123456789";

    @Autowired
    MockMvc mvc;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    PaymentService payments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrackingLinks links;

    @Test
    void aSignedCaptureOfTheAmountDueIsRecordedOnceAndTheTrackingPageSaysPaid() throws Exception {
        String order = fixtures.billedOrder("credit", null, null);
        BillView bill = fixtures.billOf(order);
        String link = links.linkFor(order, TestOrders.BILLER);
        assertThat(track(link)).contains("data-state=\"due\"", "₹2,750.00 due", bill.upiLink().replace("&", "&amp;"));
        String body = callback(UUID.randomUUID().toString(), bill.number(), "2750.00", "INR", "captured");

        MvcResult first = send(body, sign(body));
        MvcResult again = send(body, sign(body));

        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(first.getResponse().getContentAsString()).contains("\"outcome\":\"ACCEPTED\"");
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        BillView paid = fixtures.billOf(order);
        assertThat(paid.payments()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.ACCEPTED);
            assertThat(p.reference()).isEqualTo("pay_Q1");
        });
        assertThat(paid.paymentState()).isEqualTo(PaymentState.PAID);
        assertThat(track(link)).contains("data-state=\"paid\"", ">Paid<").doesNotContain("upi://");
    }

    @Test
    void aBadOrMissingSignatureIs401AndNothingIsRecorded() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));
        String body = callback(UUID.randomUUID().toString(), bill.number(), "2750.00", "INR", "captured");
        String tampered = body.replace("2750.00", "2750.01");
        long events = count("payment_gateway_event");
        long rows = count("payment");

        assertThat(send(tampered, sign(body)).getResponse().getStatus()).isEqualTo(401);
        assertThat(send(body, "00" + sign(body).substring(2)).getResponse().getStatus()).isEqualTo(401);
        assertThat(send(body, null).getResponse().getStatus()).isEqualTo(401);
        assertThat(send(body, "not hex").getResponse().getStatus()).isEqualTo(401);

        assertThat(count("payment_gateway_event")).isEqualTo(events);
        assertThat(count("payment")).isEqualTo(rows);
        assertThat(fixtures.billOf(bill.orderNumber()).paymentState()).isEqualTo(PaymentState.UNPAID);
    }

    @Test
    void aWrongAmountIsRecordedFlaggedAndNotCountedUntilABillerAcceptsIt() throws Exception {
        String order = fixtures.billedOrder("credit", null, null);
        BillView bill = fixtures.billOf(order);
        String body = callback(UUID.randomUUID().toString(), bill.number(), "2700.00", "INR", "captured");

        MvcResult answer = send(body, sign(body));

        assertThat(answer.getResponse().getContentAsString()).contains("\"outcome\":\"FLAGGED\"", "₹2,750.00 is due");
        BillView flagged = fixtures.billOf(order);
        assertThat(flagged.payments()).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PaymentStatus.FLAGGED));
        assertThat(flagged.amountDue()).isEqualByComparingTo("2750.00");
        var flag = flagged.flags().stream().filter(f -> f.kind() == FlagKind.AMOUNT_MISMATCH).findFirst().orElseThrow();

        payments.resolve(flag.id(), "Customer paid 2700, owner waived 50 by phone", true, TestOrders.BILLER);

        assertThat(fixtures.billOf(order).amountDue()).isEqualByComparingTo("50.00");
        assertThat(fixtures.billOf(order).paymentState()).isEqualTo(PaymentState.PARTLY_PAID);
    }

    @Test
    void aFailedPaymentIsFlaggedForTheBillersAndCountsForNothing() throws Exception {
        String order = fixtures.billedOrder("credit", null, null);
        BillView bill = fixtures.billOf(order);
        String body = callback(UUID.randomUUID().toString(), bill.number(), "2750.00", "INR", "failed");

        assertThat(send(body, sign(body)).getResponse().getContentAsString()).contains("\"outcome\":\"FAILED\"");

        assertThat(payments.flags(false, TestOrders.BILLER)).anySatisfy(f -> {
            assertThat(f.orderNumber()).isEqualTo(order);
            assertThat(f.kind()).isEqualTo(FlagKind.PAYMENT_FAILED);
        });
        assertThat(fixtures.billOf(order).paymentState()).isEqualTo(PaymentState.UNPAID);
    }

    @Test
    void aSignedBodyThatIsNotACallbackIs400AndNothingIsRecorded() throws Exception {
        long events = count("payment_gateway_event");
        String body = "{\"eventId\":\"\",\"amount\":1,\"currency\":\"INR\",\"status\":\"refunded\"}";

        MvcResult answer = send(body, sign(body));

        assertThat(answer.getResponse().getStatus()).isEqualTo(400);
        assertThat(answer.getResponse().getContentAsString()).contains("eventId", "billNumber", "status");
        assertThat(count("payment_gateway_event")).isEqualTo(events);
    }

    private MvcResult send(String body, String signature) throws Exception {
        var request = post("/api/payments/gateway").with(anonymous()).contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Orderflow-Signature", signature);
        }
        return mvc.perform(request).andReturn();
    }

    private String track(String link) throws Exception {
        return mvc.perform(get(java.net.URI.create(link).getPath()).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static String callback(String eventId, String billNumber, String amount, String currency, String status) {
        return "{\"eventId\":\"" + eventId + "\",\"billNumber\":\"" + billNumber + "\",\"amount\":" + amount
                + ",\"currency\":\"" + currency + "\",\"status\":\"" + status + "\",\"reference\":\"pay_Q1\"}";
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}

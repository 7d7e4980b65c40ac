package com.orderflow.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.orderflow.billing.BillStatus;
import com.orderflow.billing.BillView;
import com.orderflow.billing.BillingFixtures;
import com.orderflow.billing.BillingService;
import com.orderflow.billing.PaymentState;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** The bill pages as staff use them on a phone: find a bill, see its codes, take money, change it right. */
@OrderflowSpringTest
class BillPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    BillingService billing;
    @Autowired
    com.orderflow.support.OrderDriver driver;

    static RequestPostProcessor staff(String id, String role) {
        return user(id).roles(role);
    }

    @Test
    void theBillPageShowsLinesTotalsBothQrCodesPrintsAndTheMoneyForms() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));

        String page = mvc.perform(get("/bills/{n}", bill.number()).with(staff("biller", "biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(bill.number(), "Kaju Katli", "₹2,750.00", "data-state=\"UNPAID\"",
                "/api/bills/" + bill.number() + "/tracking-qr.png", "/api/bills/" + bill.number() + "/upi-qr.png",
                "bill.pdf?format=a4", "bill.pdf?format=thermal", "data-testid=\"payment-form\"",
                "data-testid=\"revise-form\"", "data-testid=\"credit-form\"", "data-testid=\"cancel-form\"",
                "data-testid=\"send-form\"");
    }

    @Test
    void customerCareSeesTheBillAndMaySendItButGetsNoMoneyForms() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));

        String page = mvc.perform(get("/bills/{n}", bill.number()).param("lang", "mr").with(staff("care", "customer-care")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-testid=\"send-form\"", "पेमेंट बाकी")
                .doesNotContain("data-testid=\"payment-form\"", "data-testid=\"revise-form\"");
        mvc.perform(get("/bills/{n}", bill.number()).with(staff("packer", "packer"))).andExpect(status().isForbidden());
        mvc.perform(get("/bills").with(staff("ravi", "delivery"))).andExpect(status().isForbidden());
    }

    /** Without a message provider "Send to customer" says it was not sent, in the reader's language. */
    @Test
    void sendingWithoutAMessageProviderSaysNotSentInsteadOfPretending() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));

        var sent = mvc.perform(post("/bills/{n}/send", bill.number()).with(csrf()).with(staff("care", "customer-care")))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = mvc.perform(get("/bills/{n}", bill.number()).param("lang", "hi").with(staff("care", "customer-care"))
                        .flashAttrs(sent.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String english = mvc.perform(get("/bills/{n}", bill.number()).with(staff("care", "customer-care"))
                        .flashAttrs(sent.getFlashMap()))
                .andReturn().getResponse().getContentAsString();

        assertThat(sent.getFlashMap().get("flash")).isEqualTo("billing.send.notConfigured");
        assertThat(english).contains("Not sent: no message provider configured")
                .doesNotContain("on its way to the customer");
        assertThat(page).contains("नहीं भेजा: कोई संदेश सेवा सेट नहीं है");
    }

    @Test
    void theOrdersBillLinkOpensItsCurrentBillAndAnUnbilledOrderSaysSo() throws Exception {
        String billed = fixtures.billedOrder("cash", null, null);
        String unbilled = fixtures.packedOrder();

        String orderPage = mvc.perform(get("/orders/{n}", billed).with(staff("biller", "biller")))
                .andReturn().getResponse().getContentAsString();
        assertThat(orderPage).contains("/bills?order=" + billed);
        mvc.perform(get("/bills").param("order", billed).with(staff("biller", "biller")))
                .andExpect(redirectedUrl("/bills/" + fixtures.billOf(billed).number()));
        assertThat(mvc.perform(get("/bills").param("order", unbilled).with(staff("biller", "biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("data-testid=\"no-bill\"", unbilled);
    }

    @Test
    void todaysBillsAndOpenFlagsAreListedAndSearchFindsABillByNumber() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));
        driver.takeOut(bill.orderNumber(), "ravi").deliver(bill.orderNumber());

        String today = mvc.perform(get("/bills").with(staff("owner", "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String found = mvc.perform(get("/bills").param("q", bill.number().toLowerCase()).with(staff("care", "customer-care")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(today).contains("data-bill=\"" + bill.number() + "\"", "data-testid=\"flags\"",
                "data-kind=\"PAYMENT_MISSING\"", "Delivered but not paid", "href=\"/bills/" + bill.number() + "\"");
        assertThat(found).contains("data-bill=\"" + bill.number() + "\"").doesNotContain("data-testid=\"flags\"");
    }

    @Test
    void aPaymentFromThePageIsRecordedAndABadOneIsShownOnThePageWithNothingSaved() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));

        String refused = mvc.perform(post("/bills/{n}/payments", bill.number()).with(staff("biller", "biller")).with(csrf())
                        .param("mode", "card").param("amount", "5000").param("reference", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-testid=\"payment-error\"", "₹2,750.00");
        assertThat(fixtures.billOf(bill.orderNumber()).payments()).isEmpty();

        mvc.perform(post("/bills/{n}/payments", bill.number()).with(staff("biller", "biller")).with(csrf())
                        .param("mode", "cash").param("amount", "2750.00"))
                .andExpect(redirectedUrl("/bills/" + bill.number()));
        assertThat(fixtures.billOf(bill.orderNumber()).paymentState()).isEqualTo(PaymentState.PAID);
    }

    @Test
    void aRevisionFromThePageOpensTheNewBillAndTheOldOneRedirectsMoneyToIt() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));

        String location = mvc.perform(post("/bills/{n}/revisions", bill.number()).with(staff("biller", "biller"))
                        .with(csrf()).param("quantity1", "1").param("discount1", "0").param("quantity2", "0")
                        .param("discount2", "0").param("billDiscount", "").param("reason", "Customer took only one box"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        BillView revised = fixtures.billOf(bill.orderNumber());
        assertThat(location).isEqualTo("/bills/" + revised.number());
        assertThat(revised.grandTotal()).isEqualByComparingTo("1200.00");
        assertThat(billing.get(bill.number(), TestOrders.OWNER).status()).isEqualTo(BillStatus.SUPERSEDED);
        String stale = mvc.perform(post("/bills/{n}/credit-notes", bill.number()).with(staff("biller", "biller"))
                        .with(csrf()).param("amount", "10").param("reason", "price"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("data-testid=\"refused\"", revised.number());
    }

    @Test
    void aRefundDueFlagResolvedOnThePageAsPaidBackInCashLeavesNothingDue() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("cash", null, null));
        billing.creditNote(bill.number(), new java.math.BigDecimal("300"), "Modak rate corrected", TestOrders.BILLER);
        var flag = fixtures.billOf(bill.orderNumber()).flags().stream()
                .filter(f -> f.kind() == com.orderflow.billing.FlagKind.REFUND_DUE).findFirst().orElseThrow();

        String page = mvc.perform(get("/bills").with(staff("biller", "biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"refund-method-" + flag.id() + "\"", "name=\"refundReference\"");

        mvc.perform(post("/bills/flags/{id}/resolve", flag.id()).with(staff("biller", "biller")).with(csrf())
                        .param("note", "Handed back at the counter").param("refundMethod", "cash"))
                .andExpect(redirectedUrl("/bills"));

        BillView after = fixtures.billOf(bill.orderNumber());
        assertThat(after.amountDue()).isEqualByComparingTo("0.00");
        assertThat(after.paymentState()).isEqualTo(PaymentState.PAID);
        assertThat(after.payments()).anySatisfy(p -> assertThat(p.amount()).isEqualByComparingTo("-300.00"));
    }
}

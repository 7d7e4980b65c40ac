package com.orderflow.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.support.OrderflowSpringTest;

/**
 * A shop without a UPI id hears it where it matters (issue 12): a warning at start-up, and on the
 * bill page "payment QR off: set ORDERFLOW_UPI_ID" instead of a silently missing code.
 */
@OrderflowSpringTest
@ExtendWith(OutputCaptureExtension.class)
class UpiWarningTest {
    @Autowired
    BillingSettings settings;
    @Autowired
    UpiWarning warning;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    MockMvc mvc;

    private final String configured = "kokanastha@okaxis";

    @AfterEach
    void upiBack() {
        settings.getUpi().setPayeeVpa(configured);
    }

    @Test
    void withoutAUpiIdTheStartUpWarnsAndTheBillPageSaysThePaymentQrIsOff(CapturedOutput output) throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));
        settings.getUpi().setPayeeVpa("");

        warning.warnIfMissing();
        String page = mvc.perform(get("/bills/{n}", bill.number()).with(user("biller").roles("biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String marathi = mvc.perform(get("/bills/{n}", bill.number()).param("lang", "mr")
                        .with(user("biller").roles("biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(output.getOut()).contains("WARN", "ORDERFLOW_UPI_ID", "no UPI payment QR");
        assertThat(page).contains("data-testid=\"upi-off\"", "Payment QR off: set ORDERFLOW_UPI_ID")
                .doesNotContain("data-testid=\"upi-qr\"");
        assertThat(marathi).contains("पेमेंट QR बंद: ORDERFLOW_UPI_ID सेट करा");
    }

    @Test
    void withAUpiIdNothingIsSaidAndTheCodeIsShown(CapturedOutput output) throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));

        warning.warnIfMissing();
        String page = mvc.perform(get("/bills/{n}", bill.number()).with(user("biller").roles("biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(output.getOut()).doesNotContain("ORDERFLOW_UPI_ID");
        assertThat(page).contains("data-testid=\"upi-qr\"").doesNotContain("data-testid=\"upi-off\"");
    }
}

package com.orderflow.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.tracking.TrackingLinks;
import com.orderflow.support.TestOrders;

/**
 * The printed bill (K1) read back like a customer's phone would: both QR codes on the A4 and the
 * 80 mm bill decode to the order's tracking link and the exact UPI link for what is due.
 */
@OrderflowSpringTest
class BillDocumentsTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    TrackingLinks links;

    @Test
    void theA4BillCarriesBothQrCodesTheTrackingLinkAndTheUpiLinkForWhatIsDue() throws Exception {
        String order = fixtures.billedOrder("credit", null, null);
        BillView bill = fixtures.billOf(order);

        byte[] pdf = pdf(bill.number(), "a4");

        String upi = "upi://pay?pa=kokanastha@okaxis&pn=Kokanastha%20Sweets%20%26%20Farsan&am=2750.00&cu=INR&tn=Bill%20"
                + bill.number() + "&tr=" + bill.number();
        assertThat(QrDecoding.qrTextsOfPdf(pdf))
                .containsExactlyInAnyOrder(links.linkFor(order, TestOrders.BILLER), upi);
        float[] size = QrDecoding.pageSize(pdf);
        assertThat(size[0]).isEqualTo(595.0f, org.assertj.core.data.Offset.offset(1f));
        assertThat(size[2]).isEqualTo(1f);
        String text = text(pdf);
        assertThat(text).contains(bill.number(), order, "Sita Rao", "Kaju Katli 1 kg", "Rs. 2,750.00", "Amount due")
                .doesNotContain("₹");
    }

    @Test
    void theThermalBillIs80mmWideAsLongAsItsContentAndCarriesBothCodes() throws Exception {
        String order = fixtures.billedOrder("credit", 10, null);
        BillView bill = fixtures.billOf(order);

        byte[] pdf = pdf(bill.number(), "thermal");

        float[] size = QrDecoding.pageSize(pdf);
        assertThat(size[0]).isEqualTo(226.77f, org.assertj.core.data.Offset.offset(0.1f));
        assertThat(size[1]).isBetween(300f, 900f);
        assertThat(size[2]).as("one strip, not pages").isEqualTo(1f);
        assertThat(QrDecoding.qrTextsOfPdf(pdf)).containsExactlyInAnyOrder(links.linkFor(order, TestOrders.BILLER),
                bill.upiLink());
        assertThat(bill.upiLink()).contains("&am=2740.00&");
        assertThat(text(pdf)).contains(bill.number(), "Rs. 2,740.00");
    }

    @Test
    void aPaidBillPrintsPaidInsteadOfAPaymentCode() throws Exception {
        String order = fixtures.billedOrder("cash", null, null);
        BillView bill = fixtures.billOf(order);

        byte[] pdf = pdf(bill.number(), "a4");

        assertThat(QrDecoding.qrTextsOfPdf(pdf)).containsExactly(links.linkFor(order, TestOrders.BILLER));
        assertThat(text(pdf)).contains("PAID");
    }

    @Test
    void theQrImagesOfTheBillPageDecodeToTheSameLinks() throws Exception {
        String order = fixtures.billedOrder("credit", null, null);
        BillView bill = fixtures.billOf(order);

        byte[] tracking = mvc.perform(get("/api/bills/{n}/tracking-qr.png", bill.number()).with(httpBasic("care", "care123")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] upi = mvc.perform(get("/api/bills/{n}/upi-qr.png", bill.number()).with(httpBasic("care", "care123")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(QrDecoding.qrTextsOfPng(tracking)).containsExactly(links.linkFor(order, TestOrders.BILLER));
        assertThat(QrDecoding.qrTextsOfPng(upi)).containsExactly(bill.upiLink());
    }

    @Test
    void thereIsNoUpiCodeWhenNothingIsDue() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("cash", null, null));

        mvc.perform(get("/api/bills/{n}/upi-qr.png", bill.number()).with(httpBasic("biller", "biller123")))
                .andExpect(status().isNotFound());
    }

    private byte[] pdf(String number, String format) throws Exception {
        return mvc.perform(get("/api/bills/{n}/bill.pdf", number).param("format", format)
                        .with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

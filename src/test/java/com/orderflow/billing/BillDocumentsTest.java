package com.orderflow.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.inventory.ProductMaster;
import com.orderflow.inventory.StockRequests;
import com.orderflow.inventory.TestStock;
import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.QrDecoding;
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
    @Autowired
    BillingSettings settings;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    ProductMaster products;
    @Autowired
    TestStock stock;

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
        assertThat(text).contains(bill.number(), order, "Sita Rao", "Kaju Katli 1 kg", "₹2,750.00", "Amount due")
                .doesNotContain("Rs.");
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
        assertThat(text(pdf)).contains(bill.number(), "₹2,740.00");
    }

    @Test
    void aPaidBillPrintsPaidInsteadOfAPaymentCode() throws Exception {
        String order = fixtures.billedOrder("cash", null, null);
        BillView bill = fixtures.billOf(order);

        byte[] pdf = pdf(bill.number(), "a4");

        assertThat(QrDecoding.qrTextsOfPdf(pdf)).containsExactly(links.linkFor(order, TestOrders.BILLER));
        assertThat(text(pdf)).contains("PAID");
    }

    /**
     * With GST on, the bill is a tax invoice as the rules ask: the shop's name, address, phone and
     * GSTIN, the customer's name, phone and address, HSN per line, the place of supply, amounts in ₹;
     * and a Marathi product name prints in the embedded Devanagari font, shaped (श्र is one glyph).
     */
    @Test
    void withGstTheInvoiceCarriesShopCustomerHsnPlaceOfSupplyRupeesAndPrintsMarathiShaped() throws Exception {
        settings.setShopAddress("Shop 4, S V Road, Dahisar East, Mumbai 400068");
        settings.setShopPhone("022 2890 1234");
        settings.getGst().setEnabled(true);
        settings.getGst().setGstin("27AAPFK1234L1Z5");
        settings.getGst().setPlaceOfSupply("27-Maharashtra");
        try {
            String kaju = marathiProduct("काजू कतली", "1704");
            String shrikhand = marathiProduct("श्रीखंड", "0403");
            String order = orders.create(new NewOrder(Channel.PHONE,
                    new NewOrder.Customer("Meena Joshi", "98200 55555", "7 Gokul Dham", "Borivali West", "400092"), null,
                    List.of(new NewOrder.Line(kaju, "काजू कतली", "500 g", 2, new BigDecimal("620"), null),
                            new NewOrder.Line(shrikhand, "श्रीखंड", "500 g", 1, new BigDecimal("620"), null))),
                    TestOrders.BILLER).number();
            driver.pack(order);
            fixtures.completeBillTask(order, "credit", null, null);
            BillView bill = fixtures.billOf(order);

            byte[] pdf = pdf(bill.number(), "a4");

            String text = text(pdf);
            assertThat(text).contains("Kokanastha Sweets", "Shop 4, S V Road, Dahisar East, Mumbai 400068",
                    "Phone 022 2890 1234", "GSTIN 27AAPFK1234L1Z5", "TAX INVOICE", "Meena Joshi", "+919820055555",
                    "7 Gokul Dham, Borivali West, 400092", "Place of supply", "27-Maharashtra", "HSN/SAC", "1704",
                    "0403", "काजू कतली 500 g", "₹1,953.00");
            assertThat(bill.grandTotal()).isEqualByComparingTo("1953.00");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                java.util.Map<String, Integer> glyphs = glyphsPerFont(document);
                assertThat(glyphs.keySet()).noneMatch(f -> f.contains("Helvetica"));
                String devanagari = glyphs.keySet().stream().filter(f -> f.contains("NotoSansDevanagari")).findFirst()
                        .orElseThrow();
                // the Devanagari runs are "काजू कतली 500 " and "श्रीखंड 500 " (spaces and digits stay in the
                // run): 26 characters. काजू कतली shapes one glyph per character; unshaped, श्रीखंड would be
                // seven glyphs (श ् र ी ख ं ड, the virama showing), shaped it is श्र ी ख ं ड: two fewer
                assertThat(glyphs.get(devanagari)).isEqualTo("काजू कतली 500 ".length() + "श्रीखंड 500 ".length() - 2);
            }
        } finally {
            settings.setShopAddress("");
            settings.setShopPhone("");
            settings.getGst().setEnabled(false);
            settings.getGst().setGstin("");
            settings.getGst().setPlaceOfSupply("");
        }
    }

    /** A product with a Marathi name, an HSN code and 5 % GST, with stock at the counter. */
    private String marathiProduct(String name, String hsn) {
        String sku = "MR-" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        products.add(new StockRequests.NewProduct(sku, name, "500 g", new BigDecimal("500"), new BigDecimal("620"), 0,
                false, new BigDecimal("5"), hsn, null, true), TestOrders.OWNER);
        stock.receive(sku, "B1", 10, 5);
        return sku;
    }

    /** The names of the fonts page 1 draws with, and how many glyphs it draws in each. */
    private static java.util.Map<String, Integer> glyphsPerFont(PDDocument document) throws Exception {
        var page = document.getPage(0);
        java.util.Map<String, Integer> glyphs = new java.util.HashMap<>();
        List<Object> operands = new java.util.ArrayList<>();
        String font = null;
        var parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof org.apache.pdfbox.contentstream.operator.Operator operator)) {
                operands.add(token);
                continue;
            }
            switch (operator.getName()) {
                case "Tf" -> font = page.getResources().getFont((org.apache.pdfbox.cos.COSName) operands.get(0)).getName();
                case "Tj" -> glyphs.merge(font, ((org.apache.pdfbox.cos.COSString) operands.get(0)).getBytes().length / 2,
                        Integer::sum);
                case "TJ" -> {
                    for (var part : (org.apache.pdfbox.cos.COSArray) operands.get(0)) {
                        if (part instanceof org.apache.pdfbox.cos.COSString text) {
                            glyphs.merge(font, text.getBytes().length / 2, Integer::sum);
                        }
                    }
                }
                default -> {
                }
            }
            operands.clear();
        }
        return glyphs;
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

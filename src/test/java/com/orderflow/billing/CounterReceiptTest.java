package com.orderflow.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.inventory.TestStock;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.QrDecoding;

/**
 * The counter receipt (issue 12) read back as the customer and a phone camera would: 80 mm wide, the
 * shop as its settings say, the items (a Marathi name too) with ₹ amounts, how it was paid, and for a
 * UPI sale a QR that decodes to a UPI request for exactly the sale's total, bound to its number.
 */
@OrderflowSpringTest
class CounterReceiptTest {
    private static final String ADDRESS = "Shop 4, S V Road, Dahisar East, Mumbai 400068";
    private static final String PHONE = "022 2890 1234";
    private static final String GSTIN = "27AAPFK1234L1Z5";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStock stock;
    @Autowired
    BillingSettings settings;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void aShopWithAddressPhoneAndGst() {
        settings.setShopAddress(ADDRESS);
        settings.setShopPhone(PHONE);
        settings.getGst().setEnabled(true);
        settings.getGst().setGstin(GSTIN);
    }

    @AfterEach
    void backToTheTestShop() {
        settings.setShopAddress("");
        settings.setShopPhone("");
        settings.getGst().setEnabled(false);
        settings.getGst().setGstin("");
    }

    @Test
    void aUpiSalesReceiptNamesShopItemsPaymentAndCarriesAUpiQrForItsTotal() throws Exception {
        String kaju = stock.product(5);
        String modak = stock.product("उकडीचे मोदक", 0, false);
        stock.receive(modak, "M1", 5, 3);

        JsonNode sale = sell("{\"lines\":[{\"code\":\"" + kaju + "\",\"quantity\":2},{\"code\":\"" + modak
                + "\",\"quantity\":1}],\"paymentMode\":\"upi\",\"paymentReference\":\"412356789012\"}");
        String reference = sale.get("reference").asText();
        byte[] pdf = receipt(reference);

        assertThat(QrDecoding.pageSize(pdf)[0]).isEqualTo(226.77f, org.assertj.core.data.Offset.offset(0.1f));
        assertThat(QrDecoding.pageSize(pdf)[2]).as("one strip").isEqualTo(1f);
        assertThat(text(pdf)).contains("Kokanastha Sweets", ADDRESS, "Phone " + PHONE, "GSTIN " + GSTIN, "RECEIPT",
                reference, "Kaju Katli 1 kg", "उकडीचे मोदक 1 kg", "2 x ₹1,200.00", "₹2,400.00", "₹3,600.00",
                "Paid by UPI", "Ref 412356789012", "biller");
        assertThat(QrDecoding.qrTextsOfPdf(pdf)).containsExactly("upi://pay?pa=kokanastha@okaxis"
                + "&pn=Kokanastha%20Sweets%20%26%20Farsan&am=3600.00&cu=INR&tn=Counter%20sale%20" + reference
                + "&tr=" + reference);
    }

    @Test
    void aCashSalesReceiptSaysCashAndCarriesNoPaymentCode() throws Exception {
        String sku = stock.product(3);
        String reference = sell("{\"lines\":[{\"code\":\"" + sku + "\",\"quantity\":1}],\"paymentMode\":\"cash\"}")
                .get("reference").asText();

        byte[] pdf = receipt(reference);

        assertThat(text(pdf)).contains(reference, "₹1,200.00", "Paid by Cash").doesNotContain("Ref ");
        assertThat(QrDecoding.qrTextsOfPdf(pdf)).isEmpty();
    }

    @Test
    void beforeAUpiSaleTheCounterAsksForTheCataloguesTotalByQr() throws Exception {
        String sku = stock.product(3);

        JsonNode request = json.readTree(mvc.perform(post("/api/counter-sales/upi-request")
                        .with(httpBasic("biller", "biller123")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\":[{\"code\":\"" + sku + "\",\"quantity\":3}]}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        String link = "upi://pay?pa=kokanastha@okaxis&pn=Kokanastha%20Sweets%20%26%20Farsan&am=3600.00&cu=INR"
                + "&tn=Counter%20sale";
        assertThat(request.get("total").decimalValue()).isEqualByComparingTo("3600.00");
        assertThat(request.get("upiLink").asText()).isEqualTo(link);
        byte[] png = Base64.getDecoder().decode(request.get("upiQr").asText().substring("data:image/png;base64,".length()));
        assertThat(QrDecoding.qrTextsOfPng(png)).containsExactly(link);
    }

    @Test
    void onlyThoseWhoSellPrintReceiptsAndAnUnknownOneIsNotFound() throws Exception {
        String sku = stock.product(2);
        String reference = sell("{\"lines\":[{\"code\":\"" + sku + "\",\"quantity\":1}],\"paymentMode\":\"cash\"}")
                .get("reference").asText();

        mvc.perform(get("/api/counter-sales/{r}/receipt.pdf", reference).with(httpBasic("packer", "packer123")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/counter-sales/{r}/receipt.pdf", "CS-999999999").with(httpBasic("biller", "biller123")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/counter-sales/{r}/receipt.pdf", "nonsense").with(httpBasic("biller", "biller123")))
                .andExpect(status().isNotFound());
    }

    private JsonNode sell(String body) throws Exception {
        return json.readTree(mvc.perform(post("/api/counter-sales").with(httpBasic("biller", "biller123"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private byte[] receipt(String reference) throws Exception {
        return mvc.perform(get("/api/counter-sales/{r}/receipt.pdf", reference).with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

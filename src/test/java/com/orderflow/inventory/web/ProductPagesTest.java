package com.orderflow.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.orderflow.inventory.Catalogue;
import com.orderflow.inventory.ProductMaster;
import com.orderflow.inventory.StockService;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * The products and prices page (issue 12, everyday masters without JSON): an admin adds and changes
 * products with size, price, GST rate, HSN, barcode, perishability and reorder level; every price
 * change is audited and listed; bad input is named beside its field in the reader's language.
 */
@OrderflowSpringTest
class ProductPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ProductMaster master;
    @Autowired
    Catalogue catalogue;
    @Autowired
    StockService stock;
    @Autowired
    AuditLog audit;

    /** A fresh EAN-13 with its check digit, so that tests sharing the database never share one. */
    private static String barcode() {
        String body = "890" + String.format("%09d", new java.util.Random().nextInt(1_000_000_000));
        int sum = 0;
        for (int i = body.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (body.charAt(i) - '0') * weight;
        }
        return body + (10 - sum % 10) % 10;
    }

    private static String sku() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String... fields) {
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request.with(csrf()).with(user("owner").roles("admin"));
    }

    private String barcode;

    private String addShrikhand(String sku) throws Exception {
        barcode = barcode();
        mvc.perform(form(post("/inventory/products"), "sku", sku.toLowerCase(), "name", "Shrikhand", "size", "500 g",
                        "unitWeightGrams", "500", "price", "240", "gstRatePercent", "5", "hsn", "0403",
                        "barcode", barcode, "perishable", "true", "reorderLevel", "6"))
                .andExpect(redirectedUrl("/inventory/products/" + sku));
        return sku;
    }

    @Test
    void anAdminAddsAProductWithItsTaxAndMasterData() throws Exception {
        String sku = addShrikhand(sku());

        ProductMaster.ProductRow row = master.get(sku, TestOrders.OWNER);
        assertThat(row.price()).isEqualByComparingTo("240.00");
        assertThat(row.gstRatePercent()).isEqualByComparingTo("5");
        assertThat(row.hsn()).isEqualTo("0403");
        assertThat(row.perishable()).isTrue();
        assertThat(row.reorderLevel()).isEqualTo(6);
        assertThat(catalogue.hsn(sku)).contains("0403");
        assertThat(catalogue.perishable(sku, 15)).isTrue();
        assertThat(stock.lookUp(barcode, TestOrders.BILLER)).get().extracting(StockService.ProductInfo::sku)
                .as("the maker's barcode finds the product at the counter").isEqualTo(sku);
        assertThat(mvc.perform(get("/inventory/products").with(user("owner").roles("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("data-sku=\"" + sku + "\"", "Shrikhand 500 g", "₹240.00", "0403");
    }

    @Test
    void aPriceChangeIsSavedAuditedAndListedWithOldAndNewPrice() throws Exception {
        String sku = addShrikhand(sku());

        mvc.perform(form(post("/inventory/products/{s}", sku), "name", "Shrikhand (kesar)", "size", "500 g",
                        "unitWeightGrams", "500", "price", "260.50", "gstRatePercent", "5", "hsn", "0403",
                        "barcode", barcode, "perishable", "true", "reorderLevel", "8"))
                .andExpect(redirectedUrl("/inventory/products/" + sku));

        assertThat(master.get(sku, TestOrders.OWNER).price()).isEqualByComparingTo("260.50");
        assertThat(audit.latest("PRODUCT_PRICE_CHANGED", 20)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("owner");
            assertThat(entry.details()).isEqualTo(sku + ": ₹240.00 → ₹260.50");
        });
        assertThat(audit.latest("PRODUCT_CHANGED", 20)).anySatisfy(entry -> assertThat(entry.details())
                .isEqualTo(sku + ": name Shrikhand → Shrikhand (kesar); reorder level 6 → 8"));
        assertThat(mvc.perform(get("/inventory/products/{s}", sku).with(user("owner").roles("admin")))
                .andReturn().getResponse().getContentAsString())
                .contains("data-testid=\"price-history\"", sku + ": ₹240.00 → ₹260.50", "Shrikhand (kesar)");
    }

    @Test
    void badInputIsNamedBesideEachFieldInTheReadersLanguageAndNothingChanges() throws Exception {
        String sku = addShrikhand(sku());

        String page = mvc.perform(form(post("/inventory/products/{s}", sku), "lang", "mr", "name", "Shrikhand",
                        "size", "500 g", "unitWeightGrams", "500", "price", "2.345", "gstRatePercent", "7",
                        "hsn", "04A3", "barcode", barcode.substring(0, 12) + ((barcode.charAt(12) - '0' + 1) % 10),
                        "reorderLevel", "6"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-testid=\"e-price\">0 ते 1000000 रुपये, दशांशानंतर जास्तीत जास्त 2 अंक",
                "data-testid=\"e-gst\">GST दर असावा: 0, 0.25, 1.5, 3, 5, 12, 18, 28 किंवा 40",
                "data-testid=\"e-hsn\">4, 6 किंवा 8 अंकी HSN किंवा SAC कोड असावा",
                "data-testid=\"e-barcode\">8, 12, 13 किंवा 14 अंकी EAN किंवा UPC बारकोड असावा");
        assertThat(master.get(sku, TestOrders.OWNER).price()).isEqualByComparingTo("240.00");

        String numbers = mvc.perform(form(post("/inventory/products/{s}", sku), "name", "Shrikhand", "size", "500 g",
                        "unitWeightGrams", "500", "price", "240", "reorderLevel", "six"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(numbers).contains("must be a number");
    }

    @Test
    void anotherProductsBarcodeOrSkuIsRefused() throws Exception {
        String first = addShrikhand(sku());
        String second = sku();

        mvc.perform(form(post("/inventory/products"), "sku", second, "name", "Shrikhand", "size", "1 kg",
                        "unitWeightGrams", "1000", "price", "470", "barcode", barcode, "reorderLevel", "2"))
                .andExpect(status().isBadRequest());
        mvc.perform(form(post("/inventory/products"), "sku", first, "name", "Shrikhand", "size", "1 kg",
                        "unitWeightGrams", "1000", "price", "470", "reorderLevel", "2"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/inventory/products/{s}", second).with(user("owner").roles("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsKeepTheProductsAndTheApiSpeaksProblemDetails() throws Exception {
        String sku = addShrikhand(sku());

        mvc.perform(get("/inventory/products").with(user("biller").roles("biller"))).andExpect(status().isForbidden());
        mvc.perform(form(post("/inventory/products/{s}", sku), "price", "1").with(user("packer").roles("packer")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/stock/products/{s}", sku).with(httpBasic("owner", "owner123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Shrikhand\",\"size\":\"500 g\",\"unitWeightGrams\":500,\"price\":-1,"
                                + "\"reorderLevel\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("price"));
        mvc.perform(put("/api/stock/products/{s}", sku).with(httpBasic("owner", "owner123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Shrikhand\",\"size\":\"500 g\",\"unitWeightGrams\":500,\"price\":250,"
                                + "\"gstRatePercent\":5,\"hsn\":\"0403\",\"reorderLevel\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.price").value(250.0))
                .andExpect(jsonPath("$.barcode").value(org.hamcrest.Matchers.nullValue()));
    }
}

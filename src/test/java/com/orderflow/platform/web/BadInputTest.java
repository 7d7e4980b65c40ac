package com.orderflow.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.orderflow.billing.BillingFixtures;
import com.orderflow.inventory.Pool;
import com.orderflow.inventory.TestStock;
import com.orderflow.support.OrderflowSpringTest;

/**
 * Issue 13.6: input the drills sent that the app answered with a 500 or took as something else.
 * Every case is a 400 whose problem details name the field and the rule, for every endpoint at once
 * (one Jackson configuration, one check of form fields and parameters), and nothing is saved.
 */
@OrderflowSpringTest
class BadInputTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStock stock;
    @Autowired
    BillingFixtures billing;
    @Autowired
    JdbcTemplate jdbc;

    private ResultActions postJson(String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, user + "123")).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static String count(String sku, String countedQuantity, String reason) {
        return "{\"sku\":\"" + sku + "\",\"batchNumber\":\"B1\",\"pool\":\"COUNTER\",\"countedQuantity\":"
                + countedQuantity + ",\"reason\":\"" + reason + "\"}";
    }

    @Test
    void aFieldSentTwiceIsNamedInsteadOfTheLastOneWinning() throws Exception {
        String sku = stock.product(5);
        postJson("owner", "/api/stock/adjustments", "{\"sku\":\"" + sku + "\",\"batchNumber\":\"B1\",\"pool\":\"COUNTER\","
                + "\"countedQuantity\":9,\"countedQuantity\":3,\"reason\":\"shelf count\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("countedQuantity"))
                .andExpect(jsonPath("$.errors[0].message").value("is sent twice: send each field once"));
        postJson("biller", "/api/counter-sales", "{\"lines\":[{\"code\":\"" + sku + "\",\"quantity\":1,\"code\":\"X\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].code"));
        assertEquals(5, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void aCountedQuantityWithAFractionIsRefusedNotCutDown() throws Exception {
        String sku = stock.product(5);
        postJson("owner", "/api/stock/adjustments", count(sku, "1.5", "shelf count"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("countedQuantity"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number; '1.5' is not one"));
        assertEquals(5, stock.balance(sku, Pool.COUNTER));
        postJson("owner", "/api/stock/adjustments", count(sku, "4", "shelf count")).andExpect(status().is2xxSuccessful());
        assertEquals(4, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void aNulCharacterInTextIsRefusedBeforeItReachesTheDatabase() throws Exception {
        String sku = stock.product(5);
        long ledger = ledgerRows();
        postJson("owner", "/api/stock/adjustments", count(sku, "4", "shelf\\u0000count"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain control characters (U+0000 at position 6)"));
        assertEquals(ledger, ledgerRows());
        assertEquals(5, stock.balance(sku, Pool.COUNTER));
        // line breaks and tabs are text, not control characters to refuse
        postJson("owner", "/api/stock/adjustments", count(sku, "4", "shelf\\ncount\\tdone"))
                .andExpect(status().is2xxSuccessful());
    }

    @Test
    void controlCharactersInFormFieldsAndQueryParametersAreNamedToo() throws Exception {
        mvc.perform(get("/api/stock/search").param("q", "ladoo\u0000").with(httpBasic("owner", "owner123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(post("/jewelry/rates").with(user("manager").roles("order-manager")).with(csrf())
                        .param("metal", "GOLD").param("purity", "22K\u0007").param("rupeesPerGram", "6650"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("purity: must not contain control characters")));
    }

    @Test
    void datesOutsideTheShopsCenturyOrNotWrittenAsDatesAreRefused() throws Exception {
        String sku = stock.product(0);
        String receipt = "{\"code\":\"" + sku + "\",\"batchNumber\":\"B7\",\"quantity\":5,";
        postJson("owner", "/api/stock/receipts", receipt + "\"productionDate\":\"2026-01-02\",\"expiryDate\":20991231}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiryDate"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date written yyyy-mm-dd, in quotes"));
        postJson("owner", "/api/stock/receipts", receipt + "\"productionDate\":\"0001-01-01\",\"expiryDate\":\"2099-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("productionDate"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date between 2000-01-01 and 2099-12-31"));
        postJson("owner", "/api/stock/receipts", receipt + "\"productionDate\":\"2026-01-02T10:00:00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("productionDate"));
        postJson("biller", "/api/orders", "{\"deliveryDate\":\"+999999999-12-31\",\"channel\":\"PHONE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deliveryDate"));
        mvc.perform(get("/api/orders").param("from", "+999999999-12-31").with(httpBasic("owner", "owner123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date written yyyy-mm-dd"));
        assertEquals(0, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void anythingAfterTheJsonValueIsRefused() throws Exception {
        String sku = stock.product(5);
        postJson("owner", "/api/stock/adjustments", count(sku, "4", "shelf count") + " {\"countedQuantity\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("has more after the JSON value: send exactly one JSON value"));
        assertEquals(5, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void aRevisionReasonTooLongForTheStockLedgerIsNamedAndAShorterOneWorks() throws Exception {
        String order = billing.billedOrder("credit", null, null);
        String bill = billing.billOf(order).number();
        // one Kaju Katli less: the change goes through the stock ledger, whose note carries the reason
        String lines = "\"lines\":[{\"sku\":\"KK-1KG\",\"product\":\"Kaju Katli\",\"size\":\"1 kg\",\"quantity\":1,"
                + "\"unitPrice\":1200,\"discount\":100},{\"sku\":\"MOD-500\",\"product\":\"Ukadiche Modak\",\"size\":\"500 g\","
                + "\"quantity\":1,\"unitPrice\":450}]";
        postJson("biller", "/api/bills/" + bill + "/revisions", "{" + lines + ",\"reason\":\"" + "x".repeat(400) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 300 characters"));
        postJson("biller", "/api/bills/" + bill + "/revisions", "{" + lines + ",\"reason\":\"" + "y".repeat(300) + "\"}")
                .andExpect(status().isCreated());
    }

    private long ledgerRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stock_ledger", Long.class);
    }
}

package com.orderflow.inventory.web;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.orderflow.inventory.Pool;
import com.orderflow.inventory.TestStock;
import com.orderflow.support.OrderflowSpringTest;

/** The stock API as a client sees it: who may do what, and problem details that name the field. */
@OrderflowSpringTest
class StockApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStock stock;

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user + "123")).contentType(MediaType.APPLICATION_JSON);
    }

    private static String sale(String code, Object quantity) {
        return "{\"lines\":[{\"code\":\"" + code + "\",\"quantity\":" + quantity + "}],\"paymentMode\":\"cash\"}";
    }

    @Test
    void aBillerSellsAtTheCounterAndGetsAReceipt() throws Exception {
        String sku = stock.product(4);
        mvc.perform(as("biller", post("/api/counter-sales")).content(sale(sku.toLowerCase(), 3)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(startsWith("CS-")))
                .andExpect(jsonPath("$.lines[0].batchNumber").value("B1"))
                .andExpect(jsonPath("$.total").value(3600.00));
        assertEquals(1, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void sellingMoreThanTheCounterHasIsAConflictThatNamesTheLine() throws Exception {
        String sku = stock.product(2);
        mvc.perform(as("owner", post("/api/counter-sales")).content(sale(sku, 3)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Out of stock"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("Only 2 × Kaju Katli 1 kg left at the counter")));
        assertEquals(2, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void badSaleLinesAreNamedAndNothingIsSold() throws Exception {
        String sku = stock.product(2);
        mvc.perform(as("biller", post("/api/counter-sales")).content(sale(sku, 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
        mvc.perform(as("biller", post("/api/counter-sales")).content(sale("NO-SUCH", 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].code"));
        mvc.perform(as("biller", post("/api/counter-sales")).content("{\"lines\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines"));
        assertEquals(2, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void rolesDecideWhoSellsTakesInMovesAndSeesStock() throws Exception {
        String sku = stock.product(5);
        mvc.perform(as("packer", post("/api/counter-sales")).content(sale(sku, 1)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Your role may not sell at the counter"));
        mvc.perform(as("ravi", get("/api/stock"))).andExpect(status().isForbidden());
        mvc.perform(as("care", get("/api/stock"))).andExpect(status().isOk());
        String receipt = "{\"code\":\"" + sku + "\",\"batchNumber\":\"B1\",\"quantity\":5}";
        mvc.perform(as("packer", post("/api/stock/receipts")).content(receipt)).andExpect(status().isCreated());
        mvc.perform(as("biller", post("/api/stock/receipts")).content(receipt)).andExpect(status().isForbidden());
        String transfer = "{\"sku\":\"" + sku + "\",\"batchNumber\":\"B1\",\"from\":\"COUNTER\",\"to\":\"RETURN\","
                + "\"quantity\":1,\"reason\":\"crushed box\"}";
        mvc.perform(as("packer", post("/api/stock/transfers")).content(transfer)).andExpect(status().isForbidden());
        mvc.perform(as("owner", post("/api/stock/transfers")).content(transfer)).andExpect(status().isNoContent());
        mvc.perform(as("manager", post("/api/stock/review"))).andExpect(status().isForbidden());
        assertEquals(9, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void aTransferBeyondTheBalanceAndAWrongPoolAreRefused() throws Exception {
        String sku = stock.product(1);
        mvc.perform(as("owner", post("/api/stock/transfers")).content("{\"sku\":\"" + sku + "\",\"batchNumber\":\"B1\","
                        + "\"from\":\"COUNTER\",\"to\":\"RETURN\",\"quantity\":2,\"reason\":\"crushed\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        mvc.perform(as("owner", post("/api/stock/transfers")).content("{\"sku\":\"" + sku + "\",\"batchNumber\":\"B1\","
                        + "\"from\":\"SHELF\",\"to\":\"RETURN\",\"quantity\":1,\"reason\":\"crushed\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        assertEquals(1, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void aScannedLabelIsLookedUpWithItsBatch() throws Exception {
        String sku = stock.product(0);
        String label = stock.receive(sku, "LBL-1", 3, 5).content();
        mvc.perform(as("biller", get("/api/stock/lookup").param("code", label)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sku").value(sku))
                .andExpect(jsonPath("$.batchNumber").value("LBL-1"))
                .andExpect(jsonPath("$.atCounter").value(3));
        mvc.perform(as("biller", get("/api/stock/lookup").param("code", "NOPE")))
                .andExpect(status().isNotFound());
    }
}

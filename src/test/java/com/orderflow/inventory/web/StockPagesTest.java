package com.orderflow.inventory.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.inventory.Pool;
import com.orderflow.inventory.TestStock;
import com.orderflow.support.OrderflowSpringTest;

/** The stock, counter and label pages render for the roles that may see stock, in the chosen language. */
@OrderflowSpringTest
class StockPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStock stock;

    @Test
    void theStockPageShowsBatchesWithExpiryColoursAndPrintLinks() throws Exception {
        String sku = stock.product(0);
        stock.receive(sku, "SOON", 2, 1);
        mvc.perform(get("/inventory/stock").with(httpBasic("packer", "packer123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"product-" + sku + "\"")))
                .andExpect(content().string(containsString("expiry-SOON")))
                .andExpect(content().string(containsString("/inventory/label?sku=" + sku + "&amp;batch=SOON")));
        mvc.perform(get("/inventory/stock").param("lang", "mr").with(httpBasic("packer", "packer123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("आगाऊ बुकिंग")));
        mvc.perform(get("/inventory/stock").with(httpBasic("ravi", "ravi123"))).andExpect(status().isForbidden());
    }

    @Test
    void theCounterPageAndAPrintableLabel() throws Exception {
        String sku = stock.product(1);
        mvc.perform(get("/inventory/counter").with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"code\"")));
        mvc.perform(get("/inventory/counter").with(httpBasic("packer", "packer123"))).andExpect(status().isForbidden());
        mvc.perform(get("/inventory/label").param("sku", sku).param("batch", "B1").with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/inventory/label.png?sku=" + sku)));
        mvc.perform(get("/inventory/label.png").param("sku", sku).param("batch", "B1")
                        .with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
    }

    @Test
    void thePackerTakesStockInByScanningALabelAndIsToldWhatIsWrong() throws Exception {
        String sku = stock.product(0);
        String label = stock.receive(sku, "G-7", 1, 9).content();
        mvc.perform(post("/inventory/receipts").param("code", label).param("quantity", "11")
                        .with(httpBasic("packer", "packer123")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inventory/stock"));
        assertEquals(12, stock.balance(sku, Pool.COUNTER));
        mvc.perform(post("/inventory/receipts").param("code", sku).param("batchNumber", "G-8").param("quantity", "0")
                        .with(httpBasic("packer", "packer123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("quantity: must be at least 1")))
                .andExpect(content().string(containsString("productionDate: is required for a new batch")));
        assertEquals(12, stock.balance(sku, Pool.COUNTER));
        mvc.perform(post("/inventory/receipts").param("code", sku).param("batchNumber", "G-7").param("quantity", "1")
                .with(httpBasic("biller", "biller123"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAdminsStartAStockReviewFromThePage() throws Exception {
        mvc.perform(post("/inventory/review").with(httpBasic("biller", "biller123"))).andExpect(status().isForbidden());
        mvc.perform(get("/inventory/stock").with(httpBasic("owner", "owner123")))
                .andExpect(content().string(containsString("data-testid=\"review\"")));
    }

    @Test
    void anAdminMovesStockBetweenPoolsAndRecordsACountFromThePage() throws Exception {
        String sku = stock.product("Pedha", 0, true);
        stock.receive(sku, "PB1", 10, 10);
        mvc.perform(post("/inventory/transfers").with(httpBasic("owner", "owner123")).with(csrf())
                        .param("sku", sku).param("batchNumber", "PB1").param("from", "COUNTER").param("to", "RETURN")
                        .param("quantity", "3").param("reason", "box dented in the godown"))
                .andExpect(status().is3xxRedirection());
        assertEquals(7, stock.balance(sku, Pool.COUNTER));
        assertEquals(3, stock.balance(sku, Pool.RETURN));

        mvc.perform(post("/inventory/counts").with(httpBasic("owner", "owner123")).with(csrf())
                        .param("sku", sku).param("batchNumber", "PB1").param("pool", "COUNTER")
                        .param("countedQuantity", "6").param("reason", "evening count"))
                .andExpect(status().is3xxRedirection());
        assertEquals(6, stock.balance(sku, Pool.COUNTER));
        assertEquals(stock.ledgerSum(sku, Pool.COUNTER), stock.balance(sku, Pool.COUNTER));

        mvc.perform(post("/inventory/transfers").with(httpBasic("owner", "owner123")).with(csrf())
                        .param("sku", sku).param("batchNumber", "PB1").param("from", "COUNTER").param("to", "RETURN")
                        .param("quantity", "60").param("reason", "too many"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("data-testid=\"transfer-errors\"")));
        mvc.perform(post("/inventory/transfers").with(httpBasic("packer", "packer123")).with(csrf())
                        .param("sku", sku).param("batchNumber", "PB1").param("from", "COUNTER").param("to", "RETURN")
                        .param("quantity", "1").param("reason", "not his to move"))
                .andExpect(status().isForbidden());
        assertEquals(6, stock.balance(sku, Pool.COUNTER));
    }
}

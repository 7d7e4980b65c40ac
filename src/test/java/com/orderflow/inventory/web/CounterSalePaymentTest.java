package com.orderflow.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.inventory.CounterDayTotals;
import com.orderflow.inventory.CounterSaleService;
import com.orderflow.inventory.Pool;
import com.orderflow.inventory.TestStock;
import com.orderflow.platform.ShopClock;
import com.orderflow.support.OrderflowSpringTest;

/**
 * How a counter sale is paid (issue 12): cash, UPI with its 12-digit transaction id, or card with the
 * slip's number; anything else is refused with the field named and nothing sold. The sale counts in
 * its day's totals under its payment mode, and an absurd sale (5,000 lines) is refused.
 */
@OrderflowSpringTest
class CounterSalePaymentTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStock stock;
    @Autowired
    CounterSaleService counter;
    @Autowired
    ShopClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private static String sale(String sku, int quantity, String mode, String reference) {
        return "{\"lines\":[{\"code\":\"" + sku + "\",\"quantity\":" + quantity + "}],\"paymentMode\":" + json(mode)
                + ",\"paymentReference\":" + json(reference) + "}";
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Test
    void aUpiSaleKeepsItsTransactionIdAndACashSaleNone() throws Exception {
        String sku = stock.product(5);

        mvc.perform(StockApiTest.as("biller", post("/api/counter-sales")).content(sale(sku, 1, "upi", "4123 5678 9012")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.paymentMode").value("UPI"))
                .andExpect(jsonPath("$.paymentReference").value("412356789012"))
                .andExpect(jsonPath("$.soldBy").value("biller"));
        mvc.perform(StockApiTest.as("biller", post("/api/counter-sales")).content(sale(sku, 1, "Cash", "ignored")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.paymentMode").value("CASH"))
                .andExpect(jsonPath("$.paymentReference").doesNotExist());
        mvc.perform(StockApiTest.as("biller", post("/api/counter-sales")).content(sale(sku, 1, "card", "AUTH7731")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.paymentMode").value("CARD"))
                .andExpect(jsonPath("$.paymentReference").value("AUTH7731"));

        assertThat(stock.balance(sku, Pool.COUNTER)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT payment_mode FROM counter_sale s WHERE EXISTS (SELECT 1 FROM "
                + "counter_sale_line l JOIN product p ON p.id = l.product_id WHERE l.sale_id = s.id AND p.sku = ?) "
                + "ORDER BY s.id", String.class, sku)).containsExactly("UPI", "CASH", "CARD");
    }

    @Test
    void aMissingOrWrongPaymentIsRefusedNamingTheFieldAndNothingIsSold() throws Exception {
        String sku = stock.product(5);

        mvc.perform(StockApiTest.as("biller", post("/api/counter-sales")).content(sale(sku, 1, "upi", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paymentReference"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "must be the 12-digit UPI transaction id (UTR) shown on the customer's phone"));
        mvc.perform(StockApiTest.as("biller", post("/api/counter-sales")).content(sale(sku, 1, "upi", "12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paymentReference"));
        mvc.perform(StockApiTest.as("biller", post("/api/counter-sales")).content(sale(sku, 1, "card", "#")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paymentReference"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "must be the card slip's reference: 4 to 30 letters or digits"));
        mvc.perform(StockApiTest.as("biller", post("/api/counter-sales")).content(sale(sku, 1, "cheque", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paymentMode"))
                .andExpect(jsonPath("$.errors[0].message").value("must be cash, upi or card"));
        mvc.perform(StockApiTest.as("biller", post("/api/counter-sales"))
                        .content("{\"lines\":[{\"code\":\"" + sku + "\",\"quantity\":1}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paymentMode"));
        // a bad line and a bad payment are named together
        mvc.perform(StockApiTest.as("biller", post("/api/counter-sales")).content(sale(sku, 0, "upi", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"))
                .andExpect(jsonPath("$.errors[1].field").value("paymentReference"));

        assertThat(stock.balance(sku, Pool.COUNTER)).isEqualTo(5);
    }

    @Test
    void aSaleOfFiveThousandLinesIsRefusedNamingTheLinesAndSellsNothing() throws Exception {
        // enough stock that nothing but the number of lines can be the reason
        String sku = stock.product(5000);
        String line = "{\"code\":\"" + sku + "\",\"quantity\":1}";
        String body = "{\"lines\":[" + String.join(",", Collections.nCopies(5000, line)) + "],\"paymentMode\":\"cash\"}";
        Integer salesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM counter_sale", Integer.class);

        mvc.perform(StockApiTest.as("biller", post("/api/counter-sales")).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "must have at most 100 lines (this sale has 5000); sell a larger order as an order"));

        assertThat(stock.balance(sku, Pool.COUNTER)).isEqualTo(5000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM counter_sale", Integer.class)).isEqualTo(salesBefore);
    }

    @Test
    void eachSaleCountsInItsDaysTotalsUnderItsPaymentMode() throws Exception {
        String sku = stock.product(10);
        CounterDayTotals before = counter.dayTotals(clock.today());

        sell(sku, 2, "cash", null);
        sell(sku, 1, "upi", "998877665544");
        sell(sku, 3, "card", "SLIP0042");

        CounterDayTotals after = counter.dayTotals(clock.today());
        assertThat(after.sales() - before.sales()).isEqualTo(3);
        assertThat(after.cash().subtract(before.cash())).isEqualByComparingTo("2400.00");
        assertThat(after.upi().subtract(before.upi())).isEqualByComparingTo("1200.00");
        assertThat(after.card().subtract(before.card())).isEqualByComparingTo("3600.00");
        assertThat(after.total().subtract(before.total())).isEqualByComparingTo(new BigDecimal("7200.00"));
        assertThat(counter.dayTotals(clock.today().minusDays(1)).day()).isEqualTo(clock.today().minusDays(1));
    }

    private void sell(String sku, int quantity, String mode, String reference) throws Exception {
        mvc.perform(StockApiTest.as("biller", post("/api/counter-sales")).content(sale(sku, quantity, mode, reference)))
                .andExpect(status().isCreated());
    }
}

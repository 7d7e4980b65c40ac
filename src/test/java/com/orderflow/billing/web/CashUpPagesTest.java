package com.orderflow.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.billing.BillingFixtures;
import com.orderflow.billing.CashUpService;
import com.orderflow.billing.CashUpView;
import com.orderflow.billing.DaySales;
import com.orderflow.inventory.CounterSaleRequest;
import com.orderflow.inventory.CounterSaleService;
import com.orderflow.inventory.TestStock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Counter sales count in the day's money (issue 12): in the sales on /bills and in the day-end
 * cash-up, where the till's expected cash, UPI and card are counter sales plus bill payments taken
 * at the till, and a count short of the expected cash is flagged.
 */
@OrderflowSpringTest
class CashUpPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStock stock;
    @Autowired
    CounterSaleService counter;
    @Autowired
    CashUpService cashUp;
    @Autowired
    DaySales sales;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    AuditLog audit;

    private void sell(String sku, int quantity, String mode, String reference) {
        counter.sell(new CounterSaleRequest(List.of(new CounterSaleRequest.Line(sku, quantity)), mode, reference),
                TestStock.BILLER);
    }

    @Test
    void aCounterSaleCountsInTheDaysSalesOnTheBillsPage() throws Exception {
        String sku = stock.product(5);
        DaySales.View before = sales.of(null, TestOrders.BILLER);

        sell(sku, 2, "upi", "123456789012");

        DaySales.View after = sales.of(null, TestOrders.BILLER);
        assertThat(after.counterSales() - before.counterSales()).isEqualTo(1);
        assertThat(after.counter().subtract(before.counter())).isEqualByComparingTo("2400.00");
        assertThat(after.total().subtract(before.total())).isEqualByComparingTo("2400.00");
        String page = mvc.perform(get("/bills").with(user("manager").roles("order-manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"today-counter\">" + rupees(after.counter()),
                "data-testid=\"today-sales\">" + rupees(after.total()))
                .doesNotContain("data-testid=\"today-cash\"");
        // the board shows the same day's sales to those who see bills (day-sales.js reads this API)
        mvc.perform(get("/api/bills/day-sales").with(user("care").roles("customer-care")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counter").value(after.counter().doubleValue()))
                .andExpect(jsonPath("$.total").value(after.total().doubleValue()));
        assertThat(mvc.perform(get("/board").with(user("manager").roles("order-manager")))
                .andReturn().getResponse().getContentAsString()).contains("data-testid=\"day-sales\"",
                "data-api=\"/api/bills/day-sales\"");
        assertThat(mvc.perform(get("/board").with(user("packer").roles("packer")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("data-testid=\"day-sales\"");
        mvc.perform(get("/api/bills/day-sales").with(user("packer").roles("packer"))).andExpect(status().isForbidden());
    }

    @Test
    void theCashUpExpectsCounterSalesAndBillPaymentsAtTheTillPerMode() throws Exception {
        String sku = stock.product(10);
        CashUpView before = cashUp.day(null, TestOrders.BILLER);

        sell(sku, 1, "cash", null);
        sell(sku, 2, "upi", "555566667777");
        sell(sku, 1, "card", "SLIP77");
        fixtures.billedOrder("cash", null, null);
        fixtures.billedOrder("upi", null, "UTR998877");
        fixtures.billedOrder("credit", null, null);

        CashUpView after = cashUp.day(null, TestOrders.BILLER);
        assertThat(after.expectedCash().subtract(before.expectedCash())).isEqualByComparingTo("3950.00");
        assertThat(after.expectedUpi().subtract(before.expectedUpi())).isEqualByComparingTo("5150.00");
        assertThat(after.expectedCard().subtract(before.expectedCard())).isEqualByComparingTo("1200.00");
        assertThat(after.sections()).extracting(s -> s.key()).containsExactly("counterSales", "billPayments", "deliveryHandovers");
        String page = mvc.perform(get("/cash-up").with(user("biller").roles("biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"expected-cash\">" + rupees(after.expectedCash()),
                "data-testid=\"expected-upi\">" + rupees(after.expectedUpi()), "Counter sales",
                "Bill payments at the till", "Count the till");
    }

    @Test
    void aCountShortOfTheExpectedCashIsFlaggedAndARecountStands() throws Exception {
        String sku = stock.product(3);
        sell(sku, 1, "cash", null);
        BigDecimal expected = cashUp.day(null, TestOrders.BILLER).expectedCash();
        BigDecimal counted = expected.subtract(new BigDecimal("150.50"));

        mvc.perform(post("/cash-up").param("countedCash", counted.toPlainString()).param("note", "one note missing")
                        .with(csrf()).with(user("biller").roles("biller")))
                .andExpect(status().is3xxRedirection());
        String shortPage = mvc.perform(get("/cash-up").with(user("biller").roles("biller")))
                .andReturn().getResponse().getContentAsString();
        assertThat(shortPage).contains("Short by ₹150.50", "one note missing", "class=\"short\"");
        assertThat(audit.latest("CASH_UP_SHORT", 1).get(0).details()).startsWith("Short by ₹150.50")
                .contains("one note missing");

        mvc.perform(post("/cash-up").param("countedCash", expected.toPlainString()).with(csrf())
                        .with(user("owner").roles("admin")))
                .andExpect(status().is3xxRedirection());
        CashUpView day = cashUp.day(null, TestOrders.OWNER);
        assertThat(day.latest().difference()).isEqualByComparingTo("0");
        assertThat(day.counts()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(mvc.perform(get("/cash-up").param("lang", "mr").with(user("owner").roles("admin")))
                .andReturn().getResponse().getContentAsString()).contains("रोख जुळते.");
    }

    @Test
    void aBadCountIsShownBesideTheFieldInTheReadersLanguageAndNothingIsStored() throws Exception {
        int before = cashUp.day(null, TestOrders.BILLER).counts().size();

        String page = mvc.perform(post("/cash-up").param("countedCash", "lots").param("lang", "hi").with(csrf())
                        .with(user("biller").roles("biller")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String negative = mvc.perform(post("/cash-up").param("countedCash", "-5").with(csrf())
                        .with(user("biller").roles("biller")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/cash-up").param("countedCash", "100").param("day", "2999-01-01").with(csrf())
                        .with(user("biller").roles("biller")))
                .andExpect(status().isBadRequest());

        assertThat(page).contains("data-testid=\"counted-error\">रुपये में राशि होनी चाहिए");
        assertThat(negative).contains("must be 0 to 100000000 rupees, with at most 2 decimals");
        assertThat(cashUp.day(null, TestOrders.BILLER).counts()).hasSize(before);
    }

    @Test
    void onlyBillersAndAdminsCashUp() throws Exception {
        mvc.perform(get("/cash-up").with(user("packer").roles("packer"))).andExpect(status().isForbidden());
        mvc.perform(get("/cash-up").with(user("care").roles("customer-care"))).andExpect(status().isForbidden());
        mvc.perform(post("/cash-up").param("countedCash", "1").with(csrf()).with(user("manager").roles("order-manager")))
                .andExpect(status().isForbidden());
    }

    private static String rupees(BigDecimal amount) {
        return com.orderflow.platform.Rupees.format(amount);
    }
}

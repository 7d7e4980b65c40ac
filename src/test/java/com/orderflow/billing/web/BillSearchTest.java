package com.orderflow.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.billing.BillView;
import com.orderflow.billing.BillingFixtures;
import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.platform.ShopClock;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Finding a bill on /bills and through the API (issue 12): by bill number, order number, the
 * customer's phone however it is written, or name; and within days.
 */
@OrderflowSpringTest
class BillSearchTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShopClock clock;

    /** A billed order of a customer with a phone no other test uses. */
    private BillView billFor(String name, String mobile) {
        String number = orders.create(new NewOrder(Channel.PHONE,
                new NewOrder.Customer(name, mobile, "3 Om Niwas", "Dahisar East", "400068"), null,
                List.of(new NewOrder.Line("KAR-250", "Karanji", "250 g", 1, new BigDecimal("180"), null))),
                TestOrders.BILLER).number();
        driver.pack(number);
        fixtures.completeBillTask(number, "credit", null, null);
        return fixtures.billOf(number);
    }

    private static String freshMobile() {
        return "97" + String.format("%08d", new Random().nextInt(100_000_000));
    }

    private String page(String... params) throws Exception {
        var request = get("/bills").with(user("care").roles("customer-care"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPhoneFindsTheBillHoweverItIsWritten() throws Exception {
        String mobile = freshMobile();
        BillView bill = billFor("Kavita Deshpande", mobile);
        String spaced = mobile.substring(0, 5) + " " + mobile.substring(5);

        assertThat(page("q", spaced)).contains("data-bill=\"" + bill.number() + "\"");
        assertThat(page("q", "+91 " + spaced)).contains("data-bill=\"" + bill.number() + "\"");
        assertThat(page("q", "0" + mobile.substring(0, 5) + "-" + mobile.substring(5)))
                .contains("data-bill=\"" + bill.number() + "\"");
        assertThat(page("q", mobile.substring(4))).as("the last six digits").contains("data-bill=\"" + bill.number() + "\"");
        mvc.perform(get("/api/bills").param("q", "+91" + mobile).with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(bill.number()))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aNameBillNumberOrOrderNumberFindsTheBill() throws Exception {
        String surname = "Tamhankar" + new Random().nextInt(1_000_000);
        BillView bill = billFor("Sunil " + surname, freshMobile());

        assertThat(page("q", surname.toLowerCase())).contains("data-bill=\"" + bill.number() + "\"", "Sunil " + surname);
        assertThat(page("q", bill.number().toLowerCase())).contains("data-bill=\"" + bill.number() + "\"");
        assertThat(page("q", bill.orderNumber())).contains("data-bill=\"" + bill.number() + "\"");
        assertThat(page("q", "no such customer %_")).doesNotContain("data-bill=");
    }

    @Test
    void daysNarrowTheSearchAndABadRangeIsNamed() throws Exception {
        String surname = "Karandikar" + new Random().nextInt(1_000_000);
        BillView bill = billFor("Asha " + surname, freshMobile());
        String today = clock.today().toString();
        String lastWeek = clock.today().minusDays(7).toString();
        String yesterday = clock.today().minusDays(1).toString();

        assertThat(page("q", surname, "from", today, "to", today)).contains("data-bill=\"" + bill.number() + "\"");
        assertThat(page("q", surname, "from", lastWeek, "to", yesterday)).doesNotContain("data-bill=");
        assertThat(page("from", today)).contains("data-bill=\"" + bill.number() + "\"");
        String bad = mvc.perform(get("/bills").param("from", today).param("to", lastWeek).param("lang", "mr")
                        .with(user("care").roles("customer-care")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("data-testid=\"search-error\"", "तारखेच्या आधीची नसावी");
        mvc.perform(get("/api/bills").param("q", surname).param("from", lastWeek).param("to", yesterday)
                        .with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/bills").param("from", "yesterday").with(httpBasic("biller", "biller123")))
                .andExpect(status().isBadRequest());
    }
}

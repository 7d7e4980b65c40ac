package com.orderflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.orderflow.notifications.StaffDirectory;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * The public tracking page as a customer without a login sees it. Expectations are those after
 * {@code /track/**} is permitted to anonymous visitors in SecurityConfig.
 */
@OrderflowSpringTest
class TrackingPageTest {
    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    TrackingLinks links;
    @Autowired
    MessageSource messages;
    @Autowired
    ShopClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffDirectory staff;

    @Test
    void pageShowsItemsFirstNameAndTimelineInShopTimeButNotTheAddressOrPhone() throws Exception {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        driver.pack(order.number());
        String link = links.linkFor(order.number(), TestOrders.BILLER);

        MvcResult result = open(link);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("Kaju Katli", "1 kg", "Ukadiche Modak", "500 g", "Sita", "₹2,750.00",
                "data-status=\"RECEIVED\"", "data-status=\"PACKED\"");
        var times = new PageFormats(ZoneId.of("Asia/Kolkata"), Locale.ENGLISH, clock.now(), messages);
        assertThat(page).contains(times.when(order.createdAt()));
        assertThat(page).doesNotContain("Sita Rao", "Rao", "12 Shanti Nagar", "Dahisar", "400068", "98201",
                order.number(), "biller", "packer", "tel:", "href=\"/board\"");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void outForDeliveryShowsTheDeliveryBoysNameAndATapToCallLink() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        staff.setPhone("ravi", "98200 00001", TestOrders.OWNER);
        driver.pack(number).bill(number).takeOut(number, "ravi");

        String page = open(links.linkFor(number, TestOrders.BILLER)).getResponse().getContentAsString();

        assertThat(page).contains("data-testid=\"delivery-boy\"", "Ravi Shinde", "href=\"tel:+919820000001\"",
                "data-status=\"OUT_FOR_DELIVERY\"");
    }

    @Test
    void afterDeliveryTheDeliveryBoyIsNoLongerShown() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number).bill(number).takeOut(number, "ravi").deliver(number);

        String page = open(links.linkFor(number, TestOrders.BILLER)).getResponse().getContentAsString();

        assertThat(page).contains("data-status=\"DELIVERED\"").doesNotContain("Ravi Shinde", "tel:");
    }

    @Test
    void pageSpeaksTheCustomersLanguageFromTheOrder() throws Exception {
        var base = TestOrders.homeDelivery();
        var c = base.customer();
        var marathi = new NewOrder(base.channel(), new NewOrder.Customer(c.name(), c.phone(), c.address(),
                c.locality(), c.pincode(), "mr", null), null, base.lines());
        String number = orders.create(marathi, TestOrders.BILLER).number();

        String page = open(links.linkFor(number, TestOrders.BILLER)).getResponse().getContentAsString();

        assertThat(page).contains("lang=\"mr\"", "मिळाली", "नमस्कार Sita");
    }

    @Test
    void tamperedRevokedRandomAndMalformedTokensAllGetTheSame404() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String link = links.linkFor(number, TestOrders.BILLER);
        String token = link.substring(link.lastIndexOf('/') + 1);
        char first = token.charAt(0);
        String tampered = (first == 'A' ? 'B' : 'A') + token.substring(1);
        byte[] randomBytes = new byte[32];
        new SecureRandom().nextBytes(randomBytes);
        String random = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes);
        String revokedOrder = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String revokedLink = links.linkFor(revokedOrder, TestOrders.BILLER);
        links.revoke(revokedOrder, TestOrders.BILLER);

        List<MvcResult> answers = List.of(open("/track/" + tampered), open(revokedLink), open("/track/" + random),
                open("/track/abc"), open("/track/" + token + "x"));

        String body = answers.get(0).getResponse().getContentAsString();
        assertThat(body).contains("Not found");
        for (MvcResult answer : answers) {
            assertThat(answer.getResponse().getStatus()).isEqualTo(404);
            assertThat(answer.getResponse().getContentAsString()).isEqualTo(body);
        }
        assertThat(open(link).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void revokingRetiresTheLinkAndTheNextRequestIssuesANewOne() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String old = links.linkFor(number, TestOrders.BILLER);
        assertThat(links.linkFor(number, TestOrders.CARE)).isEqualTo(old);

        links.revoke(number, TestOrders.CARE);
        String fresh = links.linkFor(number, TestOrders.BILLER);

        assertThat(fresh).isNotEqualTo(old);
        assertThat(open(old).getResponse().getStatus()).isEqualTo(404);
        assertThat(open(fresh).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theLinkCarriesNoOrderNumberOrIdAndOnlyItsHashIsStored() {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        String link = links.linkFor(order.number(), TestOrders.BILLER);
        String token = link.substring(link.lastIndexOf('/') + 1);

        assertThat(link).matches("http://localhost:" + port + "/track/[A-Za-z0-9_-]{43}").doesNotContain(order.number());
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM tracking_token WHERE token_hash = ?", Long.class,
                TokenSigner.hash(token));
        Long inClear = jdbc.queryForObject(
                "SELECT COUNT(*) FROM tracking_token WHERE token_hash = ? OR seed = ?", Long.class, token, token);
        assertThat(stored).isEqualTo(1);
        assertThat(inClear).isZero();
        // no configured secret in the tests: the generated key is in the one shared row
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tracking_secret", Long.class)).isEqualTo(1);
    }

    private MvcResult open(String linkOrPath) throws Exception {
        String path = linkOrPath.startsWith("http") ? URI.create(linkOrPath).getPath() : linkOrPath;
        return mvc.perform(get(path).with(anonymous())).andReturn();
    }
}

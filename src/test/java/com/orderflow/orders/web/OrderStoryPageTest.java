package com.orderflow.orders.web;

import static com.orderflow.orders.web.OrderPagesTest.staff;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.orders.DeliveryPromise;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * The order page tells its story in the reader's language and in shop time (issue 12): no action
 * codes such as TRACKING_LINK_ISSUED, no instants such as 2026-12-02T15:30:00Z; the tracking link
 * is there as text to copy; once a packer claims the pack task, the page says the items are fixed.
 */
@OrderflowSpringTest
class OrderStoryPageTest {
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    TaskService tasks;

    private String page(String number, String lang) throws Exception {
        return mvc.perform(get("/orders/" + number).param("lang", lang).with(staff("biller", "biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The story table alone: the rest of the page carries ISO times in datetime attributes, as it should. */
    private static String story(String html) {
        String table = html.substring(html.indexOf("data-testid=\"story\""));
        return table.substring(0, table.indexOf("</table>")).replaceAll("datetime=\"[^\"]*\"", "");
    }

    @Test
    void theStoryIsToldInMarathiWithTimesInShopTime() throws Exception {
        var express = TestOrders.homeDelivery();
        OrderView order = orders.create(new NewOrder(express.channel(), express.customer(), null, express.lines(),
                null, DeliveryPromise.EXPRESS), TestOrders.BILLER);
        page(order.number(), "en"); // the first look issues the tracking link, which the story then tells
        String story = story(page(order.number(), "mr"));

        assertTrue(story.contains("ऑर्डर नोंदवली"), "ORDER_CREATED by its Marathi name");
        assertTrue(story.contains("ट्रॅकिंग लिंक दिली"), "TRACKING_LINK_ISSUED by its Marathi name");
        assertTrue(story.contains("सूट दिली"), "DISCOUNT_GIVEN by its Marathi name");
        assertTrue(story.contains("Kaju Katli 1 kg × 2 वर ₹100.00 सूट: regular customer"), story);
        String promisedBy = DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", Locale.forLanguageTag("mr-IN"))
                .withZone(ZoneId.of("Asia/Kolkata")).format(order.promisedBy());
        assertTrue(story.contains("फोन · 3 वस्तू · एकूण ₹2,750.00 · एक्सप्रेस · वचन " + promisedBy + " पर्यंत"), story);
        assertFalse(ISO_INSTANT.matcher(story).find(), "no instant as the database keeps it: " + story);
        for (String code : new String[] {"ORDER_CREATED", "TRACKING_LINK_ISSUED", "DISCOUNT_GIVEN", "TASK_CREATED",
                "PHONE", "EXPRESS"}) {
            assertFalse(story.contains(code), code + " in " + story);
        }
    }

    @Test
    void whatPeopleTypedStaysAsTheyTypedIt() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        orders.addNote(number, "Keep the RECEIVED box apart; deliver by 2026-12-24 evening", null, TestOrders.PACKER);
        assertTrue(story(page(number, "hi")).contains("Keep the RECEIVED box apart; deliver by 2026-12-24 evening"));
    }

    @Test
    void theTrackingLinkIsShownAsTextWithACopyButton() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(get("/orders/" + number).with(staff("care", "customer-care")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"tracking-qr\""),
                        matchesPatternIn("data-testid=\"tracking-link\" value=\"https?://[^\"]+/track/[A-Za-z0-9_-]+\""),
                        containsString("data-testid=\"copy-tracking-link\""), containsString("/js/order-page.js"))));
    }

    @Test
    void oncePackingHasStartedThePageSaysTheItemsAreFixed() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(get("/orders/" + number).with(staff("care", "customer-care")))
                .andExpect(content().string(not(containsString("data-testid=\"items-locked\""))));
        tasks.claim(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult().getId(), "packer");
        mvc.perform(get("/orders/" + number).param("lang", "hi").with(staff("care", "customer-care")))
                .andExpect(content().string(allOf(containsString("data-testid=\"items-locked\""),
                        containsString("पैकिंग शुरू हो गई (packer,"), containsString("संशोधित बिल"))));
    }

    @Test
    void theOrderListPageFindsAnOrderByPhoneAndShowsItsRow() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        mvc.perform(get("/orders").param("q", number).param("lang", "mr").with(staff("care", "customer-care")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"order-row-" + number + "\""),
                        containsString("1 ऑर्डर"), containsString("अजून बिल नाही"))));
        mvc.perform(get("/orders").param("q", "no such customer anywhere").with(staff("care", "customer-care")))
                .andExpect(content().string(containsString("data-testid=\"no-orders\"")));
    }

    private static org.hamcrest.Matcher<String> matchesPatternIn(String regex) {
        return matchesPattern("(?s).*" + regex + ".*");
    }
}

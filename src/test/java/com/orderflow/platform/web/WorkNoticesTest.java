package com.orderflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** K2: the moment packing completes, the biller's screen tells him there is an order to bill. */
@OrderflowSpringTest
class WorkNoticesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;

    private JsonNode poll(String user, String since) throws Exception {
        var request = get("/api/work-notices").with(httpBasic(user, user + "123"));
        if (since != null) {
            request.param("since", since);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static List<String> tasksFor(JsonNode answer, String orderNumber) {
        List<String> names = new ArrayList<>();
        answer.get("notices").forEach(n -> {
            if (orderNumber.equals(n.path("orderNumber").asText())) {
                names.add(n.get("task").asText());
            }
        });
        return names;
    }

    @Test
    void packingDoneTellsTheBillerAndNobodyElse() throws Exception {
        JsonNode first = poll("biller", null);
        assertThat(first.get("notices")).isEmpty();
        String since = first.get("asOf").asText();

        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        assertThat(tasksFor(poll("packer", since), number)).containsExactly("Pack order " + number + " · Sita Rao");
        assertThat(tasksFor(poll("biller", since), number)).isEmpty();

        driver.pack(number);

        JsonNode billerNews = poll("biller", since);
        assertThat(tasksFor(billerNews, number)).containsExactly("Bill order " + number + " · Sita Rao");
        JsonNode notice = billerNews.get("notices").get(0);
        assertThat(notice.get("link").asText()).startsWith("/camunda/app/tasklist/default/#/?task=");
        // the pack task is done: the packer is not told of it again, nor of the biller's work
        assertThat(tasksFor(poll("packer", since), number)).isEmpty();
        assertThat(tasksFor(poll("ravi", since), number)).isEmpty();
    }

    @Test
    void strangersHearNothing() throws Exception {
        mvc.perform(get("/api/work-notices").param("since", "2026-01-01T00:00:00Z")).andExpect(status().isUnauthorized());
    }
}

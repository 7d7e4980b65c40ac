package com.orderflow.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;

/** Issue 13.6: a position ping claiming an accuracy of 1e308 metres was kept (204); now it is named and refused. */
@OrderflowSpringTest
class PositionPingTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccuracyBeyondAnyPhonesGuessIsRefusedAndAPlausibleOneIsKept() throws Exception {
        String number = new ReadyOrders(orders, driver).ready("Rawalpada", "400068");
        driver.takeOut(number, "ravi");
        long run = driver.runOf(number).number();

        ping(run, "{\"lat\":19.2545,\"lng\":72.8601,\"accuracy\":1e308}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accuracy"))
                .andExpect(jsonPath("$.errors[0].message").value("must be metres between 0 and 100000"));
        assertEquals(0, positionsOf(run));

        ping(run, "{\"lat\":19.2545,\"lng\":72.8601,\"accuracy\":35.5}").andExpect(status().is2xxSuccessful());
        assertEquals(1, positionsOf(run));
    }

    private ResultActions ping(long run, String json) throws Exception {
        return mvc.perform(post("/api/delivery/runs/" + run + "/positions").with(httpBasic("ravi", "ravi123"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private int positionsOf(long run) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM delivery_position WHERE run_id = ?", Integer.class, run);
    }
}

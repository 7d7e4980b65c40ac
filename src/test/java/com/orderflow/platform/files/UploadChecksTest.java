package com.orderflow.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import com.orderflow.delivery.ReadyOrders;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/**
 * Issue 13.6: a return photo and a WebP proof of delivery that are HTML behind a picture's header
 * were stored (201). Every upload is now decoded before it is stored; a real WebP proof gets a
 * thumbnail like a JPEG one.
 */
@OrderflowSpringTest
class UploadChecksTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReturnPhotoThatIsHtmlBehindAJpegHeaderIsRefusedAndNoReturnIsOpened() throws Exception {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        driver.pack(order.number()).bill(order.number()).takeOut(order.number(), "ravi").deliver(order.number());

        mvc.perform(multipart("/api/returns")
                        .file(new MockMultipartFile("return", "", MediaType.APPLICATION_JSON_VALUE,
                                ("{\"orderNumber\":\"" + order.number() + "\",\"lines\":[{\"sku\":\"MOD-500\",\"quantity\":1}],"
                                        + "\"reason\":\"SPOILED\"}").getBytes()))
                        .file(new MockMultipartFile("photo", "box.jpg", "image/jpeg", TestImages.htmlBehind("jpg")))
                        .with(httpBasic("care", "care123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"))
                .andExpect(jsonPath("$.errors[0].message").value("starts like a JPEG image but is not a readable picture"));
        assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM return_case WHERE order_number = ?", Integer.class,
                order.number()));
    }

    @Test
    void aWebpProofThatIsHtmlIsRefusedAndARealOneIsKeptWithAThumbnail() throws Exception {
        String number = new ReadyOrders(orders, driver).ready("Rawalpada", "400068");
        driver.takeOut(number, "ravi");
        long run = driver.runOf(number).number();
        String url = "/api/delivery/runs/" + run + "/stops/" + number + "/proofs?kind=PHOTO";

        mvc.perform(post(url).with(httpBasic("ravi", "ravi123")).contentType("image/webp")
                        .content(TestImages.htmlBehind("webp")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("starts like a WEBP image but is not a readable picture"));
        assertEquals(0, proofsOf(number));

        String body = mvc.perform(post(url).with(httpBasic("ravi", "ravi123")).contentType("image/webp")
                        .content(TestImages.webp()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/webp"))
                .andReturn().getResponse().getContentAsString();
        String thumbnail = JsonPath.read(body, "$.thumbnailUrl");
        mvc.perform(get(thumbnail).with(httpBasic("ravi", "ravi123")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"));
        assertEquals(1, proofsOf(number));
    }

    private int proofsOf(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM delivery_proof WHERE order_number = ?", Integer.class, number);
    }
}

package com.orderflow.returns;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.orders.OrderProofs;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Issue 12: a return opened from a Returned stop said "no photo" to the biller although the
 * delivery boy must photograph the goods before he may end the stop. The review shows his photo.
 */
@OrderflowSpringTest
class ReturnFromTheDoorPhotoTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    ReturnService returns;
    @Autowired
    OrderProofs proofs;

    @Test
    void theBillerSeesTheDeliveryBoysPhotoOnAReturnHeBroughtBack() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number).bill(number).takeOut(number, "ravi").bringBack(number, "Customer refused, box crushed");

        List<ReturnView> opened = returns.ofOrder(number, TestOrders.BILLER);
        assertEquals(1, opened.size());
        ReturnView brought = opened.get(0);
        String doorPhoto = proofs.proofsOf(number).get(0).url();
        assertTrue(brought.hasPhoto(), "the return shows a photo");
        assertEquals(doorPhoto, brought.photoUrl());

        mvc.perform(get("/api/returns/" + brought.number()).with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasPhoto").value(true))
                .andExpect(jsonPath("$.photoUrl").value(doorPhoto));
        mvc.perform(get("/returns/" + brought.number()).with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"" + doorPhoto + "\"")));
        mvc.perform(get(doorPhoto).with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"));
    }
}

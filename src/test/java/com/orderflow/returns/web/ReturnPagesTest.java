package com.orderflow.returns.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/** Customer Care opens a return with a photo from the page; staff read it; delivery boys see none. */
@OrderflowSpringTest
class ReturnPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;

    @Test
    void customerCareOpensAReturnWithAPhotoAndTheBillerSeesItInHindi() throws Exception {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        driver.pack(order.number()).bill(order.number()).takeOut(order.number(), "ravi").deliver(order.number());

        mvc.perform(get("/returns").param("order", order.number()).with(httpBasic("care", "care123")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"qty.KK-1KG\"")));
        String location = mvc.perform(multipart("/returns")
                        .file(new MockMultipartFile("photo", "box.jpg", "image/jpeg", TestImages.jpeg(40, 30)))
                        .param("orderNumber", order.number()).param("qty.KK-1KG", "1").param("qty.MOD-500", "0")
                        .param("reason", "DAMAGED").param("notes", "box dented")
                        .with(httpBasic("care", "care123")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/returns/KR-*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).param("lang", "hi").with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("टूटा-फूटा")))
                .andExpect(content().string(containsString(location + "/photo")));
        mvc.perform(get("/returns").with(httpBasic("packer", "packer123")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(location.substring(9))));
        mvc.perform(get(location).with(httpBasic("ravi", "ravi123"))).andExpect(status().isForbidden());
        mvc.perform(get(location + "/photo").with(httpBasic("ravi", "ravi123"))).andExpect(status().isForbidden());
    }

    @Test
    void aFormThatBreaksARuleComesBackWithTheProblemAndOpensNothing() throws Exception {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        driver.pack(order.number()).bill(order.number()).takeOut(order.number(), "ravi").deliver(order.number());

        mvc.perform(multipart("/returns")
                        .file(new MockMultipartFile("photo", "notes.txt", "image/jpeg", "hello".getBytes()))
                        .param("orderNumber", order.number()).param("qty.KK-1KG", "5").param("reason", "DAMAGED")
                        .with(httpBasic("care", "care123")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("lines[0].quantity")))
                .andExpect(content().string(containsString("photo: must be a JPEG, PNG or WebP photo")));
    }
}

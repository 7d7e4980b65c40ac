package com.orderflow.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;
import com.orderflow.tracking.TrackingLinks;

/** The staff side of tracking links: the link, its QR code, revocation, and who may have them. */
@OrderflowSpringTest
class TrackingApiTest {
    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    TrackingLinks links;

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user + "123"));
    }

    @Test
    void theQrCodeDecodesToTheExactTrackingLink() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();

        byte[] png = mvc.perform(as("biller", get("/api/orders/{n}/tracking-qr.png", number)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        String url = json.readTree(mvc.perform(as("care", get("/api/orders/{n}/tracking-link", number)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("url").asText();

        var image = ImageIO.read(new ByteArrayInputStream(png));
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, false)).getText();
        assertThat(decoded).isEqualTo(url).isEqualTo(links.linkFor(number, TestOrders.BILLER))
                .startsWith("http://localhost:" + port + "/track/");
    }

    @Test
    void aDeliveryBoyWhoMayNotSeeTheOrderGets404ForItsQrCodeAndLink() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number).bill(number).takeOut(number, "ravi");

        mvc.perform(as("imran", get("/api/orders/{n}/tracking-qr.png", number))).andExpect(status().isNotFound());
        mvc.perform(as("imran", get("/api/orders/{n}/tracking-link", number))).andExpect(status().isNotFound());
        mvc.perform(as("imran", post("/api/orders/{n}/tracking-link/revoke", number))).andExpect(status().isNotFound());
        mvc.perform(as("ravi", get("/api/orders/{n}/tracking-qr.png", number))).andExpect(status().isOk());
    }

    @Test
    void revokingThroughTheApiRetiresTheLink() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String old = links.linkFor(number, TestOrders.BILLER);

        mvc.perform(as("care", post("/api/orders/{n}/tracking-link/revoke", number))).andExpect(status().isNoContent());

        assertThat(links.linkFor(number, TestOrders.BILLER)).isNotEqualTo(old);
        assertThat(links.track(old.substring(old.lastIndexOf('/') + 1))).isEmpty();
    }

    @Test
    void anUnknownOrderHasNoLink() throws Exception {
        mvc.perform(as("biller", get("/api/orders/{n}/tracking-link", "KO-1999-000001"))).andExpect(status().isNotFound());
    }

    @Test
    void withoutALoginTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/orders/{n}/tracking-link", "KO-1999-000001")).andExpect(status().isUnauthorized());
    }
}

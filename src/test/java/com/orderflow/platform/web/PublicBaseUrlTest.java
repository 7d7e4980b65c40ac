package com.orderflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.billing.BillView;
import com.orderflow.billing.BillingFixtures;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.QrDecoding;

/**
 * One public address for every link (issue 12): without {@code orderflow.public-base-url} the links
 * on bills and in QR codes point at the port the server really listens on (the tests' random one),
 * with a warning; with it set, every link starts with it; a malformed one stops the start.
 */
@OrderflowSpringTest
@ExtendWith(OutputCaptureExtension.class)
class PublicBaseUrlTest {
    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    BillingFixtures fixtures;

    @Test
    void withoutTheSettingABillsTrackingQrPointsAtTheRealPort() throws Exception {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));

        byte[] png = mvc.perform(get("/api/bills/{n}/tracking-qr.png", bill.number()).with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(port).isNotEqualTo(8080);
        assertThat(QrDecoding.qrTextsOfPng(png)).singleElement().asString()
                .startsWith("http://localhost:" + port + "/track/");
    }

    @Test
    void whenTheServerStartsWithoutTheSettingItWarnsAndUsesTheRealPort(CapturedOutput output) {
        PublicBaseUrl base = new PublicBaseUrl("", "", "8080");

        base.onApplicationEvent(started(8087));

        assertThat(base.get()).isEqualTo("http://localhost:8087");
        assertThat(base.configured()).isEmpty();
        assertThat(output.getOut()).contains("WARN", "orderflow.public-base-url (ORDERFLOW_PUBLIC_BASE_URL) is not set",
                "http://localhost:8087");
    }

    @Test
    void aConfiguredAddressIsUsedAsIsAndNoWarningIsGiven(CapturedOutput output) {
        PublicBaseUrl base = new PublicBaseUrl("https://orders.kokanastha.in/", "", "8080");

        base.onApplicationEvent(started(8087));

        assertThat(base.get()).isEqualTo("https://orders.kokanastha.in");
        assertThat(base.configured()).contains("https://orders.kokanastha.in");
        assertThat(output.getOut()).doesNotContain("public-base-url");
    }

    @Test
    void aMalformedAddressStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new PublicBaseUrl("orders.kokanastha.in", "", "8080"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ORDERFLOW_PUBLIC_BASE_URL").hasMessageContaining("orders.kokanastha.in");
        assertThatThrownBy(() -> new PublicBaseUrl("ftp://orders.kokanastha.in", "", "8080"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static ServletWebServerInitializedEvent started(int port) {
        WebServer server = mock(WebServer.class);
        when(server.getPort()).thenReturn(port);
        ServletWebServerApplicationContext context = mock(ServletWebServerApplicationContext.class);
        when(context.getServerNamespace()).thenReturn(null);
        return new ServletWebServerInitializedEvent(server, context);
    }
}

package com.orderflow.delivery.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.delivery.DeliveryService;
import com.orderflow.delivery.ReadyOrders;
import com.orderflow.delivery.RunView;
import com.orderflow.delivery.TestDeliveryBoys;
import com.orderflow.delivery.TestZones;
import com.orderflow.delivery.ZoneService;
import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * The printable run sheet (PDF), read back with PDFBox: every stop in riding order with customer,
 * phone, address, items and the amount to collect, signature boxes and the run's total; for the
 * dispatcher and the run's own delivery boy only.
 */
@OrderflowSpringTest
class RunSheetTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orderService;
    @Autowired
    OrderDriver driver;
    @Autowired
    DeliveryService delivery;
    @Autowired
    ZoneService zones;
    @Autowired
    IdentityService identity;

    @Test
    void theSheetListsTheStopsInRidingOrderWithTheAmountsToCollect() throws Exception {
        String boy = TestDeliveryBoys.fresh(identity, "mahesh");
        TestZones zone = TestZones.fresh(zones, "Vazira", boy);
        // the shop is at 19.2530, 72.8620: Naka is nearer, Chowk further along
        String chowk = zone.locality("Chowk", "400091", 19.2330, 72.8420);
        String naka = zone.locality("Naka", "400091", 19.2480, 72.8570);
        ReadyOrders orders = new ReadyOrders(orderService, driver);
        String far = orders.cashOnDelivery("Kavita Rane", chowk, "400091");
        String near = orders.ready(naka, "400091");
        orders.cashOnDelivery("Nilesh Gawde", naka, "400091");
        RunView run = delivery.plan(TestOrders.OWNER).runs().stream()
                .filter(r -> r.stops().stream().anyMatch(s -> s.orderNumber().equals(far))).findFirst().orElseThrow();
        List<String> riding = run.stops().stream().map(RunView.StopView::orderNumber).toList();
        assertEquals(far, riding.get(2), "the far stop rides last: " + riding);

        byte[] pdf = mvc.perform(get("/delivery/runs/" + run.number() + "/sheet.pdf")
                        .with(httpBasic("manager", "manager123")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "run-sheet.pdf"), pdf);
        String text = text(pdf);

        assertTrue(text.contains("Run sheet - run " + run.number() + " - " + zone.name()), text);
        assertTrue(text.contains("Delivery boy: " + boy), text);
        int first = text.indexOf(riding.get(0));
        int second = text.indexOf(riding.get(1));
        int third = text.indexOf(riding.get(2));
        assertTrue(first >= 0 && first < second && second < third, "stops in riding order: " + text);
        String lastStop = text.substring(third);
        assertTrue(lastStop.contains("Kavita Rane") && lastStop.contains("+919820011111")
                && lastStop.contains(chowk) && lastStop.contains("Karanji 250 g × 1") && lastStop.contains("₹180.00"),
                lastStop);
        String nearStop = text.substring(text.indexOf(near), text.indexOf(near) + 200);
        assertTrue(nearStop.contains("Paid"), nearStop);
        assertTrue(text.contains("Received (signature)"), text);
        assertTrue(text.contains("To collect at the open stops: ₹360.00"), text);
        assertTrue(text.contains("Cash handed over"), text);

        // in Marathi, with the ₹ sign and Devanagari drawn by the embedded font, not as '?'
        String marathi = text(mvc.perform(get("/delivery/runs/" + run.number() + "/sheet.pdf").param("lang", "mr")
                        .with(httpBasic(boy, boy + "123")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertTrue(marathi.contains("मिळाले (सही)") && marathi.contains("वसूल करायचे") && marathi.contains("₹180.00")
                && !marathi.contains("?"), marathi);
        mvc.perform(get("/delivery/runs/" + run.number() + "/sheet.pdf").with(httpBasic("imran", "imran123")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/delivery/runs/" + run.number() + "/sheet.pdf").with(httpBasic("packer", "packer123")))
                .andExpect(status().isNotFound());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}

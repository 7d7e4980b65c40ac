package com.orderflow.jewelry.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import com.orderflow.jewelry.JewelryFilter;
import com.orderflow.jewelry.JewelryOrderView;
import com.orderflow.jewelry.JewelryService;
import com.orderflow.jewelry.process.JewelryOrderProcess;
import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;

/** The jewelry pages: intake with photos, the order page, the tag PNG, the karigar desk, roles and languages. */
@OrderflowSpringTest
class JewelryPagesTest {
    private static final CurrentUser MANAGER = new CurrentUser("manager", Set.of(Roles.ORDER_MANAGER));
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    MockMvc mvc;
    @Autowired
    JewelryService jewelry;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Value("${orderflow.jewelry.photo-folder}")
    Path photoFolder;

    private static MockMultipartHttpServletRequestBuilder intake(MockMultipartFile photo) {
        return intake(photo, Map.of());
    }

    /** The intake form with some fields typed otherwise. */
    private static MockMultipartHttpServletRequestBuilder intake(MockMultipartFile photo, Map<String, String> typed) {
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(9);
        Map<String, String> form = Map.ofEntries(Map.entry("kind", "CUSTOM"), Map.entry("customerName", "Asha Patil"),
                Map.entry("customerPhone", "9820012345"), Map.entry("customerLanguage", "hi"), Map.entry("branch", "BOR"),
                Map.entry("counter", "Counter 2"), Map.entry("category", "earring"), Map.entry("designSource", "DESCRIBED"),
                Map.entry("designDescription", "Jhumka, as in the photo"), Map.entry("metal", "GOLD"), Map.entry("purity", "22K"),
                Map.entry("targetGrams", "6.500"), Map.entry("toleranceGrams", "0.150"), Map.entry("makingPerGram", "500"),
                Map.entry("advance", "5000"), Map.entry("dueDate", due.toString()), Map.entry("stoneOwner0", "CUSTOMER"),
                Map.entry("stoneDescription0", "pearl"), Map.entry("stoneCount0", "2"), Map.entry("stoneGrams0", "0.800"),
                Map.entry("sampleKind0", "CUSTOMER"), Map.entry("sampleDescription0", "Her mother's jhumka"));
        MockMultipartHttpServletRequestBuilder request = multipart("/jewelry").file(photo);
        form.forEach((field, value) -> request.param(field, typed.getOrDefault(field, value)));
        return request;
    }

    private long photoFiles() throws IOException {
        if (!Files.exists(photoFolder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(photoFolder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theCounterTakesAnOrderWithAPhotoAndTheOrderPageShowsIt() throws Exception {
        byte[] image = TestImages.png(64, 48);
        String location = mvc.perform(intake(new MockMultipartFile("photos", "jhumka.png", "image/png", image))
                        .with(csrf()).with(httpBasic("biller", "biller123")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertTrue(location.matches("/jewelry/JO-\\d{4}-\\d{6}"), location);
        String number = location.substring("/jewelry/".length());
        JewelryOrderView order = jewelry.get(number, MANAGER);
        assertEquals(1, order.photoIds().size());
        assertEquals("CUSTOMER", order.samples().get(0).kind().name());

        mvc.perform(get(location).with(httpBasic("karigar", "karigar123"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("Her mother&#39;s jhumka")));
        byte[] served = mvc.perform(get(location + "/photos/" + order.photoIds().get(0)).with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        assertTrue(Arrays.equals(image, served));
        mvc.perform(get("/jewelry").param("branch", "BOR").with(httpBasic("manager", "manager123")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(number)));
    }

    @Test
    void aFileThatIsNotAPhotoStopsTheWholeIntakeAndStoresNothing() throws Exception {
        int before = jewelry.box(JewelryFilter.ALL, MANAGER).size();
        long filesBefore = photoFiles();

        mvc.perform(intake(new MockMultipartFile("photos", "design.jpg", "image/jpeg", "not an image".getBytes()))
                        .with(csrf()).with(httpBasic("biller", "biller123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-testid=\"error-photos\">design.jpg is not a JPEG, PNG or WebP image")));
        mvc.perform(intake(new MockMultipartFile("photos", "design.png", "image/png", TestImages.htmlBehind("png")))
                        .with(csrf()).with(httpBasic("biller", "biller123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-testid=\"error-photos\">design.png is not a readable picture")));
        mvc.perform(intake(new MockMultipartFile("photos", "big.png", "image/png", Arrays.copyOf(PNG, 70 * 1024)))
                        .with(csrf()).with(httpBasic("biller", "biller123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("big.png is larger than 64 KB")));

        assertEquals(before, jewelry.box(JewelryFilter.ALL, MANAGER).size(), "no order was taken");
        assertEquals(filesBefore, photoFiles(), "no file was kept");
    }

    @Test
    void theTagPngScansBackToTheTagOfThePiece() throws Exception {
        String location = mvc.perform(intake(new MockMultipartFile("photos", "", "image/png", new byte[0]))
                        .with(csrf()).with(httpBasic("biller", "biller123")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String number = location.substring("/jewelry/".length());
        mvc.perform(get(location + "/tag.png").with(httpBasic("biller", "biller123"))).andExpect(status().isNotFound());

        completeAll(number, JewelryOrderProcess.TASK_ASSIGN_KARIGAR, "manager", "order-manager",
                Map.of(JewelryOrderProcess.VAR_KARIGAR, "ramesh"));
        completeAll(number, JewelryOrderProcess.TASK_ISSUE, "karigar", "karigar-desk", Map.of());
        completeAll(number, JewelryOrderProcess.TASK_RECEIVE, "karigar", "karigar-desk",
                Map.of("grossGrams", 7.4, "netGrams", 6.55, "samplesReturned", true));
        completeAll(number, JewelryOrderProcess.TASK_CHECK_QUALITY, "karigar", "karigar-desk", Map.of("qualityPassed", true));

        byte[] png = mvc.perform(get(location + "/tag.png").with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        String scanned = new Code128Reader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        JewelryOrderView order = jewelry.get(number, MANAGER);
        assertEquals(order.tagNumber() + "|GOLD|22K|6.550g", scanned);
    }

    private void completeAll(String number, String taskKey, String user, String group, Map<String, Object> variables) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void theKarigarDeskListsKarigarsAndOnlyTheOrderManagerKeepsTheMaster() throws Exception {
        mvc.perform(get("/jewelry/karigars").with(httpBasic("karigar", "karigar123"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ramesh Sonar (ramesh)")));
        mvc.perform(post("/jewelry/karigars").param("id", "dinesh").param("name", "Dinesh Verma").with(csrf())
                .with(httpBasic("biller", "biller123"))).andExpect(status().isForbidden());
        mvc.perform(post("/jewelry/karigars").param("id", "dinesh").param("name", "Dinesh Verma").param("skills", "ring, tiara")
                        .param("metals", "gold, brass").param("phone", "12").with(csrf()).with(httpBasic("manager", "manager123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("skills: &#39;tiara&#39; is not a category")))
                .andExpect(content().string(containsString("metals: &#39;brass&#39; is not a metal")));
        // a platinum specialist for "other" pieces: no other test's order goes to him by the assignment table
        mvc.perform(post("/jewelry/karigars").param("id", "dinesh").param("name", "Dinesh Verma").param("skills", "other")
                        .param("metals", "platinum").param("phone", "9820011009").param("active", "true").with(csrf()).with(httpBasic("manager", "manager123")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/jewelry/karigars").with(httpBasic("manager", "manager123")))
                .andExpect(content().string(containsString("Dinesh Verma (dinesh)")))
                .andExpect(content().string(containsString("other · PLATINUM · +919820011009")));
    }

    @Test
    void aStoneCountThatIsNotAWholeNumberIsRefusedWithItsFieldAndNothingIsTaken() throws Exception {
        int before = jewelry.box(JewelryFilter.ALL, MANAGER).size();

        mvc.perform(intake(new MockMultipartFile("photos", "", "image/png", new byte[0]), Map.of("stoneCount0", "2.5"))
                        .with(csrf()).with(httpBasic("biller", "biller123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-testid=\"error-stoneCount0\">must be a whole number")));

        assertEquals(before, jewelry.box(JewelryFilter.ALL, MANAGER).size(), "no order was taken");
    }

    @Test
    void theIntakeFormShowsEachProblemBesideItsFieldInTheReadersLanguage() throws Exception {
        String yesterday = LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(1).toString();
        mvc.perform(intake(new MockMultipartFile("photos", "", "image/png", new byte[0]),
                        Map.of("dueDate", yesterday, "targetGrams", "6.5001", "customerName", " "))
                        .param("lang", "mr").with(csrf()).with(httpBasic("biller", "biller123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("खाली खूण केलेली माहिती दुरुस्त करा")))
                .andExpect(content().string(containsString("data-testid=\"error-dueDate\">आजच्या (")))
                .andExpect(content().string(containsString("data-testid=\"error-targetGrams\">3 पेक्षा जास्त दशांश")))
                .andExpect(content().string(containsString("data-testid=\"error-customerName\">आवश्यक आहे")));
        mvc.perform(intake(new MockMultipartFile("photos", "", "image/png", new byte[0]), Map.of("dueDate", yesterday))
                        .param("lang", "hi").with(csrf()).with(httpBasic("biller", "biller123")))
                .andExpect(content().string(containsString("data-testid=\"error-dueDate\">आज (")));
    }

    @Test
    void theKarigarDeskIsNotOfferedTheIntakeFormItMayNotSubmit() throws Exception {
        mvc.perform(get("/jewelry").with(httpBasic("karigar", "karigar123")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"intake-form\""))));
        mvc.perform(get("/jewelry").with(httpBasic("biller", "biller123")))
                .andExpect(content().string(containsString("data-testid=\"intake-form\"")));
        mvc.perform(intake(new MockMultipartFile("photos", "", "image/png", new byte[0]))
                        .with(csrf()).with(httpBasic("karigar", "karigar123")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRateThatIsNotANumberIsNamedOnThePageAndNothingIsSaved() throws Exception {
        var before = jewelry.rates(LocalDate.now(ZoneId.of("Asia/Kolkata")));

        mvc.perform(post("/jewelry/rates").param("metal", "GOLD").param("purity", "18K").param("rupeesPerGram", "65OO")
                        .with(csrf()).with(httpBasic("manager", "manager123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("rupeesPerGram: must be a number (rupees per gram), not &#39;65OO&#39;")))
                .andExpect(content().string(containsString("Take an order")));
        mvc.perform(post("/jewelry/rates").param("metal", "GOLD").param("purity", "18K").param("rupeesPerGram", "abc")
                        .with(csrf()).with(httpBasic("biller", "biller123")))
                .andExpect(status().isForbidden());

        assertEquals(before, jewelry.rates(LocalDate.now(ZoneId.of("Asia/Kolkata"))), "no rate was saved");
    }

    @Test
    void anAdvanceLargerThanTheBillShowsAnAmountToReturnNeverANegativeDue() throws Exception {
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(5);
        Map<String, String> form = Map.ofEntries(Map.entry("kind", "REPAIR"), Map.entry("customerName", "Asha Patil"),
                Map.entry("customerPhone", "9820012345"), Map.entry("customerLanguage", "hi"), Map.entry("branch", "HO"),
                Map.entry("counter", "Counter 1"), Map.entry("category", "bangle"), Map.entry("metal", "GOLD"),
                Map.entry("purity", "22K"), Map.entry("advance", "1800"), Map.entry("dueDate", due.toString()),
                Map.entry("itemGrossGrams", "12.400"), Map.entry("itemCondition", "Clasp broken"),
                Map.entry("repairWork", "New clasp"), Map.entry("labour", "300"));
        var request = post("/jewelry");
        form.forEach(request::param);
        String location = mvc.perform(request.with(csrf()).with(httpBasic("biller", "biller123")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String number = location.substring("/jewelry/".length());
        if (tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(JewelryOrderProcess.TASK_ASSIGN_KARIGAR).count() > 0) {
            completeAll(number, JewelryOrderProcess.TASK_ASSIGN_KARIGAR, "manager", "order-manager",
                    Map.of(JewelryOrderProcess.VAR_KARIGAR, "salim"));
        }
        completeAll(number, JewelryOrderProcess.TASK_ISSUE, "karigar", "karigar-desk", Map.of("itemHandedOver", true));
        // polishing took 0.050 g off: no metal, the labour of 300 is the whole bill
        completeAll(number, JewelryOrderProcess.TASK_RECEIVE, "karigar", "karigar-desk",
                Map.of(JewelryOrderProcess.VAR_GROSS_GRAMS, 12.35, JewelryOrderProcess.VAR_LABOUR, 300L));
        completeAll(number, JewelryOrderProcess.TASK_CHECK_QUALITY, "karigar", "karigar-desk", Map.of("qualityPassed", true));
        completeAll(number, JewelryOrderProcess.TASK_HAND_OVER, "biller", "biller", Map.of("handedOver", true));

        String page = mvc.perform(get(location).with(httpBasic("manager", "manager123"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertTrue(page.contains("To return to the customer") && page.contains("Rs.1500.00"), page);
        assertTrue(!page.contains("Rs.-"), "no negative amount on the bill");
        assertTrue(!page.contains("To pay"), "nothing is due");
        mvc.perform(get(location).param("lang", "hi").with(httpBasic("manager", "manager123")))
                .andExpect(content().string(containsString("ग्राहक को लौटाना है")));
        mvc.perform(get(location).param("lang", "mr").with(httpBasic("manager", "manager123")))
                .andExpect(content().string(containsString("ग्राहकाला परत द्यायचे")));
    }

    @Test
    void pagesSpeakHindiAndArePrivateToTheirRoles() throws Exception {
        mvc.perform(get("/jewelry").param("lang", "hi").with(httpBasic("manager", "manager123")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ज्वेलरी ऑर्डर")));
        mvc.perform(get("/jewelry/karigars").param("lang", "mr").with(httpBasic("manager", "manager123")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("कारागीर डेस्क")));
        mvc.perform(get("/jewelry").with(httpBasic("packer", "packer123"))).andExpect(status().isForbidden());
    }
}

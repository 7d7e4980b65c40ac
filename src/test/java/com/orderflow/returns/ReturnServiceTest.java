package com.orderflow.returns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/** Customer Care opening returns: what may be returned, the photo rules, and who sees what. */
@OrderflowSpringTest
class ReturnServiceTest {
    @Autowired
    ReturnService returns;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    ReturnsSettings settings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    private OrderView delivered() {
        OrderView order = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        driver.pack(order.number()).bill(order.number()).takeOut(order.number(), "ravi").deliver(order.number());
        return order;
    }

    private int storedPhotos() throws IOException {
        if (!Files.exists(settings.getPhotoFolder())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(settings.getPhotoFolder())) {
            return (int) files.count();
        }
    }

    private int returnsOf(String orderNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM return_case WHERE order_number = ?", Integer.class,
                orderNumber);
    }

    @Test
    void customerCareReturnsSomePiecesOfADeliveredOrderWithAPhotoThatStaffCanSee() throws Exception {
        OrderView order = delivered();
        byte[] photo = TestImages.png(40, 30);

        ReturnView opened = returns.open(new NewReturn(order.number(), List.of(new NewReturn.Line("kk-1kg", 1)),
                "damaged", "  box dented  "), photo, TestOrders.CARE);

        assertTrue(opened.number().matches("KR-\\d{4}-\\d{6}"), opened.number());
        assertEquals(ReturnSource.CUSTOMER_CARE, opened.source());
        assertEquals(ReturnReason.DAMAGED, opened.reason());
        assertEquals("box dented", opened.notes());
        assertEquals(List.of(new ReturnView.Line("KK-1KG", "Kaju Katli", "1 kg", 1)), opened.lines());
        assertArrayEquals(photo, returns.photo(opened.number(), TestOrders.BILLER).orElseThrow().bytes());
        assertEquals("image/png", returns.photo(opened.number(), TestOrders.PACKER).orElseThrow().type());
        mvc.perform(get("/returns/" + opened.number() + "/photo").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("biller", "biller123")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        assertThrows(AccessDeniedException.class, () -> returns.photo(opened.number(), TestOrders.RAVI),
                "delivery boys see no returns");
        assertThrows(AccessDeniedException.class, () -> returns.get(opened.number(), TestOrders.RAVI));
    }

    @Test
    void aReplacedPhotoLeavesNoOrphanFileAndAnUnknownInspectionChoiceScrapsNothing() throws Exception {
        OrderView order = delivered();
        ReturnView opened = returns.open(new NewReturn(order.number(), List.of(new NewReturn.Line("KK-1KG", 1)),
                "DAMAGED", null), TestImages.png(40, 30), TestOrders.CARE);
        int before = storedPhotos();

        byte[] better = TestImages.jpeg(64, 48);
        returns.attachPhoto(opened.number(), better, TestOrders.CARE);

        assertEquals(before, storedPhotos(), "the old photo's file went when the new one was committed");
        assertArrayEquals(better, returns.photo(opened.number(), TestOrders.BILLER).orElseThrow().bytes());

        // the return's first step (booking its packs) runs as a job; the job executor is off in tests
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(opened.number())
                .singleResult().getId();
        management.createJobQuery().processInstanceId(instance).list()
                .forEach(job -> management.executeJob(job.getId()));
        long packId = jdbc.queryForObject("SELECT MIN(p.id) FROM return_pack p JOIN return_case c ON c.id = p.return_id"
                + " WHERE c.return_number = ?", Long.class, opened.number());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/returns/" + opened.number() + "/packs/" + packId).param("outcome", "THROW_AWAY")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("packer", "packer123"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()))
                .andExpect(status().isBadRequest());
        assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM return_pack WHERE id = ? AND outcome IS NOT NULL",
                Integer.class, packId), "the pack is still undecided");
    }

    @Test
    void aReturnNeverTakesBackMorePiecesThanWereDeliveredLessEarlierReturns() {
        OrderView order = delivered();
        returns.open(new NewReturn(order.number(), List.of(new NewReturn.Line("KK-1KG", 1)), "DAMAGED", null), null,
                TestOrders.CARE);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> returns.open(new NewReturn(
                order.number(), List.of(new NewReturn.Line("KK-1KG", 2), new NewReturn.Line("LADOO", 1),
                        new NewReturn.Line("MOD-500", 0)), "BROKEN", null), null, TestOrders.CARE));

        assertEquals(Map.of("lines[0].quantity", "must be at most 1: the pieces of KK-1KG delivered (2) less those "
                        + "returned before (1)", "lines[1].sku", "must be an item of order " + order.number() + ": 'LADOO'",
                "lines[2].quantity", "must be at least 1", "reason", "must be one of WRONG_ITEM, DAMAGED, SPOILED, "
                        + "REFUSED, MISSING_PIECES, OTHER"),
                refused.problems().stream().collect(java.util.stream.Collectors.toMap(p -> p.field(), p -> p.message())));
        assertEquals(1, returnsOf(order.number()), "nothing of the refused return was stored");
    }

    @Test
    void onlyADeliveredOrderCanBeReturnedAndOnlyByCustomerCareOrAdmin() {
        OrderView packed = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        driver.pack(packed.number());
        NewReturn request = new NewReturn(packed.number(), List.of(new NewReturn.Line("KK-1KG", 1)), "DAMAGED", null);

        assertThrows(ConflictException.class, () -> returns.open(request, null, TestOrders.CARE));
        assertThrows(AccessDeniedException.class, () -> returns.open(request, null, TestOrders.BILLER));
        assertEquals(0, returnsOf(packed.number()));
        assertEquals(1, tasks.createTaskQuery().processInstanceBusinessKey(packed.number())
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_BILL).count(), "the order goes on as before");
    }

    @Test
    void aFileThatIsNoImageOrTooBigIsRefusedAndNothingIsStored() throws Exception {
        OrderView order = delivered();
        NewReturn request = new NewReturn(order.number(), List.of(new NewReturn.Line("MOD-500", 1)), "SPOILED", null);
        int photosBefore = storedPhotos();

        byte[] script = "<svg onload=alert(1)>".getBytes();
        InvalidInputException notImage = assertThrows(InvalidInputException.class,
                () -> returns.open(request, script, TestOrders.CARE));
        assertEquals("photo", notImage.problems().get(0).field());
        byte[] huge = new byte[(int) settings.getPhotoMaxSize().toBytes() + 1];
        System.arraycopy(TestImages.jpeg(8, 8), 0, huge, 0, 3);
        InvalidInputException tooBig = assertThrows(InvalidInputException.class,
                () -> returns.open(request, huge, TestOrders.CARE));
        assertTrue(tooBig.problems().get(0).message().startsWith("must be at most 64 KB"), tooBig.problems().toString());

        mvc.perform(multipart("/api/returns")
                        .file(new MockMultipartFile("return", "", MediaType.APPLICATION_JSON_VALUE,
                                ("{\"orderNumber\":\"" + order.number() + "\",\"lines\":[{\"sku\":\"MOD-500\",\"quantity\":1}],"
                                        + "\"reason\":\"SPOILED\"}").getBytes()))
                        .file(new MockMultipartFile("photo", "photo.jpg", "image/jpeg", "GIF89a....".getBytes()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("care", "care123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"));

        assertEquals(0, returnsOf(order.number()));
        assertEquals(photosBefore, storedPhotos());
    }
}

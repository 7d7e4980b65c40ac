package com.orderflow.packing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** The packing board (K2): open work per packer, packed today, the unclaimed queue; packers and admins only. */
@OrderflowSpringTest
class PackingBoardTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orders;
    @Autowired
    TaskService tasks;
    @Autowired
    OrderDriver driver;
    @Autowired
    PackingBoard board;
    @Autowired
    PackingProperties properties;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    com.orderflow.orders.OrderLifecycle lifecycle;
    @Autowired
    PackingSlips slips;
    @Autowired
    PackingRecords records;
    @Autowired
    com.orderflow.platform.ShopClock clock;

    private static UserRequestPostProcessor staff(String id, String role) {
        return user(id).roles(role);
    }

    /** A busy shop has thousands of unclaimed orders (issue 18): the board lists the oldest and counts them all. */
    @Test
    void aLongQueueListsItsOldestTasksAndCountsTheRest() {
        for (int i = 0; i < 3; i++) {
            orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        }
        PackingBoard shortQueue = new PackingBoard(tasks, runtime, lifecycle, slips, records, clock,
                new PackingProperties(properties.printerFolder(), properties.minWeightRatio(),
                        properties.maxWeightRatio(), properties.refreshSeconds(), 2));
        PackingBoard.Board shown = shortQueue.board(TestOrders.PACKER);
        var unclaimed = tasks.createTaskQuery().processDefinitionKey(OrderFulfilmentProcess.KEY)
                .taskDefinitionKeyIn(OrderFulfilmentProcess.TASK_PACK, OrderFulfilmentProcess.TASK_ADJUST_PACKING,
                        OrderFulfilmentProcess.TASK_UNPACK_CANCELLED).active().taskUnassigned();
        assertEquals(2, shown.queue().size(), "two listed");
        assertEquals(unclaimed.count(), shown.queued(), "all unclaimed counted");
        var oldest = unclaimed.orderByTaskCreateTime().asc().listPage(0, 1).get(0);
        assertEquals(oldest.getCreateTime().toInstant(), shown.queue().get(0).since(), "the oldest first");
        assertTrue(shown.queue().stream().allMatch(w -> w.assignee() == null));
    }

    @Test
    void theBoardShowsEachPackersLoadBesideTheUnclaimedQueue() throws Exception {
        String waiting = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String claimed = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        tasks.claim(tasks.createTaskQuery().processInstanceBusinessKey(claimed)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult().getId(), "packer2");
        int packedBefore = board.board(TestOrders.PACKER).packers().stream()
                .filter(p -> p.packer().equals("packer")).mapToInt(PackingBoard.PackerLoad::packedToday).sum();
        String done = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(done);

        PackingBoard.Board now = board.board(TestOrders.PACKER);
        assertTrue(now.queue().stream().anyMatch(w -> w.orderNumber().equals(waiting) && w.task().equals("pack")
                && w.customer().equals("Sita Rao") && w.assignee() == null));
        assertTrue(now.queue().stream().noneMatch(w -> w.orderNumber().equals(claimed) || w.orderNumber().equals(done)));
        PackingBoard.PackerLoad other = now.packers().stream().filter(p -> p.packer().equals("packer2")).findFirst()
                .orElseThrow();
        assertTrue(other.pending().stream().anyMatch(w -> w.orderNumber().equals(claimed) && w.lastSlip() != null));
        assertEquals(packedBefore + 1, now.packers().stream().filter(p -> p.packer().equals("packer")).findFirst()
                .orElseThrow().packedToday());

        mvc.perform(get("/api/packing/board").with(staff("packer", "packer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.queue[*].orderNumber", hasItem(waiting)))
                .andExpect(jsonPath("$.packers[*].packer", hasItem("packer2")));
        mvc.perform(get("/packing").with(staff("owner", "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"work-" + waiting + "-pack\"")))
                .andExpect(content().string(containsString("data-testid=\"packer-packer2\"")));
        mvc.perform(get("/packing").with(staff("packer", "packer")).param("lang", "mr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("पॅकिंग बोर्ड")));
    }

    @Test
    void onlyPackersAndAdminsSeeTheBoardOrPrint() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        for (String role : new String[] {"biller", "delivery", "customer-care", "order-manager"}) {
            mvc.perform(get("/packing").with(staff("someone", role))).andExpect(status().isForbidden());
            mvc.perform(get("/api/packing/board").with(staff("someone", role))).andExpect(status().isForbidden());
            mvc.perform(post("/api/packing/orders/{n}/slips", number).with(staff("someone", role)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void printSlipAgainFromTheBoardPutsTheSlipInThePrinterFolder() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        var file = properties.printerFolder().resolve(number + "-packing-slip-1.pdf");
        Files.deleteIfExists(file);

        mvc.perform(post("/packing/orders/{n}/print", number).with(staff("packer", "packer")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/packing"));

        assertTrue(Files.size(file) > 1000, "not claimed yet, the slip prints from the plan, without a packer");
        mvc.perform(get("/api/packing/orders/{n}/slips", number).with(staff("owner", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("REPRINT"))
                .andExpect(jsonPath("$[0].printedAt").isNotEmpty());
        mvc.perform(post("/api/packing/orders/{n}/slips", "KO-1999-999999").with(staff("packer", "packer")).with(csrf()))
                .andExpect(status().isNotFound());
    }
}

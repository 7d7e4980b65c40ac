package com.orderflow.delivery.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.billing.CashUpSection;
import com.orderflow.billing.CashUpService;
import com.orderflow.billing.CashUpView;
import com.orderflow.delivery.DeliveryCash;
import com.orderflow.delivery.DeliveryCashDay;
import com.orderflow.delivery.ProofService;
import com.orderflow.delivery.ReadyOrders;
import com.orderflow.delivery.RunDispatch;
import com.orderflow.delivery.TestDeliveryBoys;
import com.orderflow.orders.OrderService;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/**
 * The day-end cash hand-over: each delivery boy's cash and UPI of the shop day, summed from his
 * delivered stops against what was due, the cash he hands over, a shortfall that needs a note and
 * is recorded, once per boy and day; and who may take it.
 */
@OrderflowSpringTest
class CashHandoverTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrderService orderService;
    @Autowired
    OrderDriver driver;
    @Autowired
    ProofService proofs;
    @Autowired
    RunDispatch dispatch;
    @Autowired
    DeliveryCash cash;
    @Autowired
    IdentityService identity;
    @Autowired
    ShopClock clock;
    @Autowired
    AuditLog audit;
    @Autowired
    CashUpService cashUp;

    private ReadyOrders orders;

    @BeforeEach
    void orders() {
        orders = new ReadyOrders(orderService, driver);
    }

    @Test
    void theDaysTotalsSumEachBoysCollectionsAndTheHandOverRecordsAShortfall() {
        String ramesh = TestDeliveryBoys.fresh(identity, "ramesh");
        String vinod = TestDeliveryBoys.fresh(identity, "vinod");
        deliver(ramesh, orders.cashOnDelivery("Kavita Rane", "Rawalpada", "400068"), "CASH", "180", null);
        deliver(ramesh, orders.cashOnDelivery("Nilesh Gawde", "Ketkipada", "400068"), "CASH", "150.50", null);
        deliver(ramesh, orders.cashOnDelivery("Sonal Mhatre", "Anand Nagar", "400068"), "UPI", "180", "612345678901");
        deliver(ramesh, orders.ready("Rawalpada", "400068"), null, null, null);
        deliver(vinod, orders.cashOnDelivery("Pritam More", "Eksar", "400092"), "NONE", null, null);

        DeliveryCashDay day = cash.dayTotals(clock.today());
        DeliveryCashDay.BoyCash his = boy(day, ramesh);
        assertEquals(4, his.deliveredStops());
        assertEquals(new BigDecimal("540.00"), his.due());
        assertEquals(new BigDecimal("330.50"), his.cashCollected());
        assertEquals(new BigDecimal("180.00"), his.upiCollected());
        assertEquals(new BigDecimal("29.50"), his.shortCollected());
        assertNull(his.handover());
        DeliveryCashDay.BoyCash unpaid = boy(day, vinod);
        assertEquals(new BigDecimal("180.00"), unpaid.shortCollected());
        assertEquals(0, unpaid.cashCollected().signum());

        // 300 of 330.50: short, so a note is needed
        InvalidInputException noNote = assertThrows(InvalidInputException.class,
                () -> cash.handOver(clock.today(), ramesh, new BigDecimal("300"), " ", TestOrders.BILLER));
        assertEquals("note", noNote.problems().get(0).field());
        InvalidInputException control = assertThrows(InvalidInputException.class,
                () -> cash.handOver(clock.today(), ramesh, new BigDecimal("300"), "short\u0000", TestOrders.BILLER));
        assertEquals("note", control.problems().get(0).field());
        DeliveryCashDay.Handover handover = cash.handOver(clock.today(), ramesh, new BigDecimal("300"),
                "Gave change from his own pocket", TestOrders.BILLER);
        assertEquals(new BigDecimal("30.50"), handover.shortBy());
        assertEquals(new BigDecimal("330.50"), handover.expected());
        assertThrows(ConflictException.class,
                () -> cash.handOver(clock.today(), ramesh, new BigDecimal("330.50"), null, TestOrders.OWNER));
        assertEquals(1, audit.latest("CASH_HANDOVER_SHORT", 50).stream()
                .filter(e -> e.details().startsWith(ramesh + ",")).count());

        DeliveryCashDay after = cash.dayTotals(clock.today());
        assertEquals(new BigDecimal("300.00"), boy(after, ramesh).handover().handedOver());
        assertEquals(new BigDecimal("30.50"), boy(after, ramesh).cashNotHandedOver());
        // nothing of another day
        assertEquals(0, cash.dayTotals(clock.today().minusDays(1)).boys().stream()
                .filter(b -> b.deliveryBoy().equals(ramesh)).count());
    }

    @Test
    void theHandOverPageIsForTheDispatcherAndTheBillerAndNamesWhatIsWrong() throws Exception {
        String boy = TestDeliveryBoys.fresh(identity, "ganesh");
        deliver(boy, orders.cashOnDelivery("Kavita Rane", "Rawalpada", "400068"), "CASH", "180", null);

        mvc.perform(get("/delivery/cash").with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"cash-" + boy + "\""),
                        containsString("₹180.00"), containsString("data-testid=\"handover-" + boy + "\""))));
        mvc.perform(post("/delivery/cash/hand-over").param("day", clock.today().toString()).param("deliveryBoy", boy)
                        .param("handedOver", "abc").with(csrf()).with(httpBasic("manager", "manager123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("handedOver: must be a number of rupees")));
        mvc.perform(post("/delivery/cash/hand-over").param("day", clock.today().toString()).param("deliveryBoy", boy)
                        .param("handedOver", "150").with(csrf()).with(httpBasic("manager", "manager123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("note: must say why the cash is ₹30.00 short")))
                .andExpect(content().string(containsString("value=\"150\"")));
        mvc.perform(post("/delivery/cash/hand-over").param("day", clock.today().toString()).param("deliveryBoy", boy)
                        .param("handedOver", "150").param("note", "Will bring the rest tomorrow")
                        .with(csrf()).with(httpBasic("manager", "manager123")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/delivery/cash").param("day", clock.today().toString()).param("lang", "mr")
                        .with(httpBasic("owner", "owner123")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"shortfall\""),
                        containsString("₹30.00 कमी"), containsString("Will bring the rest tomorrow"))));
        mvc.perform(post("/delivery/cash/hand-over").param("day", LocalDate.of(2999, 1, 1).toString())
                        .param("deliveryBoy", "packer").param("handedOver", "-1")
                        .with(csrf()).with(httpBasic("owner", "owner123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("day: must not be after today"),
                        containsString("deliveryBoy: must be the user id of a delivery boy"),
                        containsString("handedOver: must be the rupees handed over"))));
        mvc.perform(get("/delivery/cash").with(httpBasic("packer", "packer123"))).andExpect(status().isForbidden());
        mvc.perform(get("/delivery/cash").with(httpBasic(boy, boy + "123"))).andExpect(status().isForbidden());
        mvc.perform(get("/delivery/cash").param("day", "23-11-2026").with(httpBasic("biller", "biller123")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("day: must be a date")));
    }

    @Test
    void theTillsCashUpExpectsTheCashTheBoysHandedOverAndTheirUpi() throws Exception {
        String boy = TestDeliveryBoys.fresh(identity, "sachin");
        CashUpSection before = deliverySection(cashUp.day(null, TestOrders.BILLER));
        deliver(boy, orders.cashOnDelivery("Kavita Rane", "Rawalpada", "400068"), "CASH", "180", null);
        deliver(boy, orders.cashOnDelivery("Nilesh Gawde", "Ketkipada", "400068"), "UPI", "180", "612345678902");

        CashUpSection collected = deliverySection(cashUp.day(null, TestOrders.BILLER));
        assertEquals(0, collected.cash().compareTo(before.cash()), "cash still with the boy is not in the till");
        assertEquals(new BigDecimal("180.00"), collected.upi().subtract(before.upi()));
        assertEquals(2, collected.entries() - before.entries());

        cash.handOver(clock.today(), boy, new BigDecimal("170"), "Ten rupees in change owed", TestOrders.BILLER);
        CashUpView after = cashUp.day(null, TestOrders.BILLER);
        assertEquals(new BigDecimal("170.00"), deliverySection(after).cash().subtract(before.cash()));
        mvc.perform(get("/cash-up").param("lang", "hi").with(httpBasic("biller", "biller123")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-section=\"deliveryHandovers\""),
                        containsString("डिलीवरी बॉय: सौंपी गई नकदी"))));
    }

    private static CashUpSection deliverySection(CashUpView view) {
        return view.sections().stream().filter(s -> s.key().equals("deliveryHandovers")).findFirst().orElseThrow();
    }

    private void deliver(String boy, String order, String mode, String amount, String reference) {
        driver.takeOut(order, boy);
        long run = driver.runOf(order).number();
        proofs.upload(run, order, "PHOTO", new ByteArrayInputStream(TestImages.jpeg(64, 48)), OrderDriver.boy(boy));
        dispatch.completeStop(run, order, new RunDispatch.StopCompletion("DELIVERED", null, mode,
                amount == null ? null : new BigDecimal(amount), reference), OrderDriver.boy(boy));
    }

    private static DeliveryCashDay.BoyCash boy(DeliveryCashDay day, String boy) {
        return day.boys().stream().filter(b -> b.deliveryBoy().equals(boy)).findFirst().orElseThrow();
    }
}

package com.orderflow.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.orderflow.billing.BillView;
import com.orderflow.billing.BillingService;
import com.orderflow.billing.CustomerBills;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;
import com.orderflow.support.TransactionRace;

/**
 * Loyalty points (F8) as the customer and the biller notice them: a bill earns by the owner's table,
 * a credit note takes back, the biller redeems at billing as a discount (refused by name when it
 * cannot be), two redemptions at once never overdraw, and a balance lapses after the table's months.
 */
@OrderflowSpringTest
class LoyaltyTest {
    private static final BigDecimal PLENTY = new BigDecimal("100000");

    @Autowired
    Loyalty loyalty;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    CustomerBills bills;
    @Autowired
    BillingService billing;
    @Autowired
    TaskService tasks;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBillEarnsOnePointPerHundredRupeesAndACreditNoteTakesBackWhatItsPartEarned() {
        String phone = newPhone();
        String number = orders.create(orderFor(phone), TestOrders.BILLER).number();
        driver.pack(number).bill(number);

        BillView bill = bills.liveBill(number).orElseThrow();
        long earned = bill.grandTotal().divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact();
        assertTrue(earned > 20, "a ₹" + bill.grandTotal() + " bill earns points");
        assertEquals(earned, loyalty.of(phone).balance());
        assertEquals("REGULAR", loyalty.of(phone).tier());

        BigDecimal half = bill.grandTotal().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        billing.creditNote(bill.number(), half, "half the box was stale", TestOrders.OWNER);
        long takenBack = Math.round(earned / 2.0);
        assertEquals(earned - takenBack, loyalty.of(phone).balance(), "half the bill credited takes back half its points");
        assertEquals("TAKE_BACK", loyalty.of(phone).lines().get(0).kind());
    }

    @Test
    void theBillerRedeemsPointsAtBillingAndAPointsRefusalNamesTheFieldAndChangesNothing() {
        String phone = newPhone();
        loyalty.earn(otherOrder(), "KB-TEST", phone, new BigDecimal("20000.00"), "test");
        assertEquals(200, loyalty.of(phone).balance());
        String number = orders.create(orderFor(phone), TestOrders.BILLER).number();
        driver.pack(number);
        Task bill = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_BILL).singleResult();
        assertTrue(tasks.getVariable(bill.getId(), "loyaltyPoints").toString().startsWith("200 = ₹200.00"),
                "the biller sees the balance on the task");

        for (Map.Entry<Long, String> refused : Map.of(10L, "must be at least 50 points", 500L,
                "must be at most the customer's balance of 200 points").entrySet()) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> tasks.complete(bill.getId(),
                    Map.of("paymentMode", "cash", "redeemPoints", refused.getKey())));
            assertEquals("redeemPoints", e.problems().get(0).field());
            assertTrue(e.problems().get(0).message().startsWith(refused.getValue()), e.problems().toString());
            assertEquals(200, loyalty.of(phone).balance(), "nothing spent");
            assertTrue(bills.liveBill(number).isEmpty(), "no bill");
        }

        tasks.complete(bill.getId(), Map.of("paymentMode", "cash", "redeemPoints", 120L));
        BillView issued = bills.liveBill(number).orElseThrow();
        assertEquals(0, new BigDecimal("120.00").compareTo(issued.billDiscount()), "120 points are ₹120 off the bill");
        // ₹20,000 billed this year made the customer silver: 2 points per ₹100
        long earnedOnThisBill = issued.grandTotal().multiply(BigDecimal.valueOf(2))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact();
        assertEquals(200 - 120 + earnedOnThisBill, loyalty.of(phone).balance());
        assertEquals(List.of("EARN", "REDEEM", "EARN"),
                loyalty.of(phone).lines().stream().map(PointsHistory.Line::kind).toList());
    }

    @Test
    void twoRedemptionsAtTheSameMomentNeverTakeTheBalanceBelowZero() throws Exception {
        String phone = newPhone();
        loyalty.earn(otherOrder(), "KB-TEST", phone, new BigDecimal("10000.00"), "test");
        assertEquals(100, loyalty.of(phone).balance());

        // the first counter's bill holds its redemption open while the second counter tries the same points
        InvalidInputException second = TransactionRace.whileOpen(transactions,
                () -> loyalty.redeem(phone, otherOrder(), 80, PLENTY, "redeemPoints", "counter-1"),
                () -> assertThrows(InvalidInputException.class,
                        () -> loyalty.redeem(phone, otherOrder(), 80, PLENTY, "redeemPoints", "counter-2")));

        assertEquals("must be at most the customer's balance of 20 points", second.problems().get(0).message());
        assertEquals(20, loyalty.of(phone).balance());
        assertEquals(1, loyalty.of(phone).lines().stream().filter(l -> l.kind().equals("REDEEM")).count());
        Long ledger = jdbc.queryForObject("select sum(points) from loyalty_entry where phone = ?", Long.class, phone);
        assertEquals(20, ledger, "the ledger adds up to the balance");
    }

    @Test
    void aBalanceLapsesAfterTheTablesMonthsWithoutNewPointsAndTheTableSetsTheTier() {
        String phone = newPhone();
        loyalty.earn(otherOrder(), "KB-TEST", phone, new BigDecimal("60000.00"), "test");
        assertEquals(600, loyalty.of(phone).balance(), "a first bill earns at the regular rate");
        assertEquals("GOLD", loyalty.of(phone).tier(), "₹60,000 in a year is gold");
        assertEquals(30, loyalty.earn(otherOrder(), "KB-TEST", phone, new BigDecimal("1000.00"), "test"),
                "gold earns 3 per ₹100");

        jdbc.update("update loyalty_account set last_earned_on = last_earned_on - interval '13 months' where phone = ?",
                phone);
        assertEquals(0, loyalty.of(phone).balance(), "12 months without new points: lapsed");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> loyalty.redeem(phone, otherOrder(), 100, PLENTY, "redeemPoints", "biller"));
        assertEquals("must be at most the customer's balance of 0 points", e.problems().get(0).message());
    }

    @Test
    void anOrderEarnsOnceAndAPhoneThatIsNoMobileEarnsNothing() {
        String phone = newPhone();
        String order = otherOrder();
        assertEquals(50, loyalty.earn(order, "KB-TEST", phone, new BigDecimal("5000.00"), "test"));
        assertEquals(0, loyalty.earn(order, "KB-TEST", phone, new BigDecimal("5000.00"), "test"), "a retry");
        assertEquals(50, loyalty.of(phone).balance());
        assertEquals(0, loyalty.earn(otherOrder(), "KB-TEST", "not a phone", new BigDecimal("5000.00"), "test"));
        assertThrows(InvalidInputException.class,
                () -> loyalty.redeem(phone, otherOrder(), -5, PLENTY, "redeemPoints", "biller"));
    }

    private static NewOrder orderFor(String phone) {
        NewOrder order = TestOrders.homeDelivery();
        return new NewOrder(order.channel(), new NewOrder.Customer("Asha Loyal", phone, order.customer().address(),
                order.customer().locality(), order.customer().pincode()), order.deliveryDate(), order.lines());
    }

    private static String newPhone() {
        return "+9197" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    private static String otherOrder() {
        return "LT-2026-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }
}

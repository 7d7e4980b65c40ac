package com.orderflow.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Bills as the shop lives them: issued when the biller completes "Bill order", paid, credited,
 * revised and cancelled, never edited; payments and flags follow.
 */
@OrderflowSpringTest
class BillingServiceTest {
    private static final String UPI_2750 = "upi://pay?pa=kokanastha@okaxis&pn=Kokanastha%20Sweets%20%26%20Farsan"
            + "&am=2750.00&cu=INR&tn=Bill%20{bill}&tr={bill}";

    @Autowired
    BillingService billing;
    @Autowired
    PaymentService payments;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    BillingSettings settings;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    @AfterEach
    void gstOff() {
        settings.getGst().setEnabled(false);
        settings.getGst().setGstin("");
        jdbc.update("UPDATE product SET gst_rate_percent = NULL");
    }

    @Test
    void completingBillOrderIssuesANumberedBillRecordsTheCashAndTellsTheProcess() {
        String number = fixtures.packedOrder();
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();

        driver.bill(number);

        BillView bill = fixtures.billOf(number);
        assertThat(bill.number()).matches("KB-\\d{4}-\\d{6}");
        assertThat(bill.status()).isEqualTo(BillStatus.ISSUED);
        assertThat(bill.lines()).extracting(BillView.Line::sku).containsExactly("KK-1KG", "MOD-500");
        assertThat(bill.grandTotal()).isEqualByComparingTo("2750.00");
        assertThat(bill.payments()).singleElement().satisfies(p -> {
            assertThat(p.mode()).isEqualTo(PaymentMode.CASH);
            assertThat(p.amount()).isEqualByComparingTo("2750.00");
            assertThat(p.status()).isEqualTo(PaymentStatus.ACCEPTED);
        });
        assertThat(bill.paymentState()).isEqualTo(PaymentState.PAID);
        assertThat(bill.upiLink()).as("nothing due, nothing to pay").isNull();
        assertThat(runtime.getVariable(instance.getId(), "billNumber")).isEqualTo(bill.number());
        assertThat(runtime.getVariable(instance.getId(), "billTotal")).isEqualTo("2750.00");
        assertThat(orders.get(number, TestOrders.OWNER).status()).isEqualTo(OrderStatus.READY_FOR_DISPATCH);
        assertThat(audit.storyOf(number)).anySatisfy(e -> assertThat(e.action()).isEqualTo("BILL_ISSUED"));
    }

    @Test
    void theFormsBillDiscountAndUpiReferenceLandOnTheBillAndItsPayment() {
        String number = fixtures.billedOrder("upi", 50.5, "UTR 4455");

        BillView bill = fixtures.billOf(number);
        assertThat(bill.billDiscount()).isEqualByComparingTo("50.50");
        assertThat(bill.discount()).isEqualByComparingTo("150.50");
        assertThat(bill.grandTotal()).isEqualByComparingTo("2699.50");
        assertThat(bill.payments()).singleElement().satisfies(p -> {
            assertThat(p.mode()).isEqualTo(PaymentMode.UPI);
            assertThat(p.reference()).isEqualTo("UTR 4455");
            assertThat(p.amount()).isEqualByComparingTo("2699.50");
        });
    }

    @Test
    void onCreditTheWholeBillIsDueWithAUpiLinkBoundToItsAmountAndNumber() {
        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));

        assertThat(bill.payments()).isEmpty();
        assertThat(bill.paymentState()).isEqualTo(PaymentState.UNPAID);
        assertThat(bill.amountDue()).isEqualByComparingTo("2750.00");
        assertThat(bill.upiLink()).isEqualTo(UPI_2750.replace("{bill}", bill.number()));
    }

    @Test
    void aDiscountAboveTheOrderLeavesTheTaskOpenAndIssuesNothing() {
        String number = fixtures.packedOrder();
        Long billsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM bill", Long.class);

        assertThatThrownBy(() -> fixtures.completeBillTask(number, "cash", 5000, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("billDiscount");
                            assertThat(p.message()).contains("at most", "₹2,750.00");
                        }));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bill", Long.class)).isEqualTo(billsBefore);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_BILL).count()).isOne();
        assertThat(billing.currentBillOf(number, TestOrders.OWNER)).isEmpty();
    }

    @Test
    void issuingAgainForAnOrderWithALiveBillIssuesNoneAndRecordsNoSecondPayment() {
        String number = fixtures.billedOrder("cash", null, null);
        BillView first = fixtures.billOf(number);

        IssuedBill again = billing.issueForOrder(number, null, "cash", null, "biller");

        assertThat(again.newlyIssued()).isFalse();
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(fixtures.billOf(number).payments()).hasSize(1);
    }

    @Test
    void withGstOnEachLineCarriesItsProductsRateSplitIntoCgstAndSgst() {
        settings.getGst().setEnabled(true);
        settings.getGst().setGstin("27AAPFK1234L1Z5");
        jdbc.update("UPDATE product SET gst_rate_percent = 5 WHERE sku = 'KK-1KG'");
        jdbc.update("UPDATE product SET gst_rate_percent = 12 WHERE sku = 'MOD-500'");

        BillView bill = fixtures.billOf(fixtures.billedOrder("credit", null, null));

        assertThat(bill.gstEnabled()).isTrue();
        assertThat(bill.gstin()).isEqualTo("27AAPFK1234L1Z5");
        assertThat(bill.lines().get(0).cgst()).isEqualByComparingTo("57.50");
        assertThat(bill.lines().get(1).sgst()).isEqualByComparingTo("27.00");
        assertThat(bill.taxable()).isEqualByComparingTo("2750.00");
        assertThat(bill.cgst()).isEqualByComparingTo("84.50");
        assertThat(bill.grandTotal()).isEqualByComparingTo("2919.00");
        assertThat(bill.amountDue()).isEqualByComparingTo("2919.00");
    }

    @Test
    void aCreditNoteTakesMoneyOffWithItsOwnNumberAndLeavesTheBillAsIssued() {
        String number = fixtures.billedOrder("credit", null, null);
        String billNumber = fixtures.billOf(number).number();

        BillView bill = billing.creditNote(billNumber, new BigDecimal("250"), "Kaju Katli priced at last week's rate",
                TestOrders.BILLER);

        assertThat(bill.grandTotal()).isEqualByComparingTo("2750.00");
        assertThat(bill.creditNotes()).singleElement().satisfies(c -> {
            assertThat(c.number()).matches("CN-\\d{4}-\\d{6}");
            assertThat(c.amount()).isEqualByComparingTo("250.00");
        });
        assertThat(bill.amountDue()).isEqualByComparingTo("2500.00");
        assertThat(bill.upiLink()).contains("&am=2500.00&");
        assertThatThrownBy(() -> billing.creditNote(billNumber, new BigDecimal("2500.01"), "too much", TestOrders.BILLER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amount")
                .hasMessageContaining("₹2,500.00");
    }

    @Test
    void cancellingABillIssuesAFullCreditNoteCancelsTheOrderAndFlagsTheRefund() {
        String number = fixtures.billedOrder("cash", null, null);
        String billNumber = fixtures.billOf(number).number();

        BillView bill = billing.cancel(billNumber, "Customer called off the function", TestOrders.OWNER);

        assertThat(bill.status()).isEqualTo(BillStatus.CANCELLED);
        assertThat(bill.creditNotes()).singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("2750.00"));
        assertThat(orders.get(number, TestOrders.OWNER).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(bill.paymentState()).isEqualTo(PaymentState.REFUND_DUE);
        assertThat(bill.flags()).anySatisfy(f -> assertThat(f.kind()).isEqualTo(FlagKind.REFUND_DUE));
        assertThatThrownBy(() -> billing.cancel(billNumber, "again", TestOrders.OWNER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("CANCELLED");
    }

    @Test
    void aCancellationTheOrderRulesRefuseChangesNothing() {
        String number = fixtures.billedOrder("credit", null, null);
        String billNumber = fixtures.billOf(number).number();

        // the permission table lets a biller cancel only up to BILLED; the order is ready for dispatch
        assertThatThrownBy(() -> billing.cancel(billNumber, "Customer called off", TestOrders.BILLER))
                .isInstanceOf(AccessDeniedException.class);

        BillView bill = fixtures.billOf(number);
        assertThat(bill.status()).isEqualTo(BillStatus.ISSUED);
        assertThat(bill.creditNotes()).isEmpty();
        assertThat(orders.get(number, TestOrders.OWNER).status()).isEqualTo(OrderStatus.READY_FOR_DISPATCH);
    }

    @Test
    void aRevisionIssuesTheNextNumberSupersedesTheOldBillAndChangesTheOrder() {
        String number = fixtures.billedOrder("credit", null, null);
        BillView old = fixtures.billOf(number);
        var lines = List.of(
                new NewOrder.Line("KK-1KG", "Kaju Katli", "1 kg", 3, new BigDecimal("1200"), new BigDecimal("100")),
                new NewOrder.Line("KAR-250", "Karanji", "250 g", 2, new BigDecimal("180"), null));

        BillView revised = billing.revise(old.number(), new Revision(lines, new BigDecimal("60"),
                "Customer wants one more Kaju Katli, Karanji instead of Modak"), TestOrders.BILLER);

        assertThat(revised.number()).isNotEqualTo(old.number()).matches("KB-\\d{4}-\\d{6}");
        assertThat(revised.revises()).isEqualTo(old.number());
        assertThat(revised.grandTotal()).isEqualByComparingTo("3800.00");
        assertThat(revised.amountDue()).isEqualByComparingTo("3800.00");
        BillView superseded = billing.get(old.number(), TestOrders.OWNER);
        assertThat(superseded.status()).isEqualTo(BillStatus.SUPERSEDED);
        assertThat(superseded.supersededBy()).isEqualTo(revised.number());
        assertThat(superseded.grandTotal()).as("the old bill is kept as issued").isEqualByComparingTo("2750.00");
        assertThat(orders.get(number, TestOrders.OWNER).lines()).extracting(l -> l.sku() + "×" + l.quantity())
                .containsExactly("KK-1KG×3", "KAR-250×2");
        assertThat(billing.currentBillOf(number, TestOrders.OWNER)).contains(revised.number());
        assertThatThrownBy(() -> billing.revise(old.number(), new Revision(lines, null, "again"), TestOrders.BILLER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("superseded by " + revised.number());
    }

    @Test
    void aRevisionAfterTheOrderLeftTheShopIsRefusedWithTheWayToCorrectIt() {
        String number = fixtures.billedOrder("credit", null, null);
        driver.takeOut(number, "ravi");
        BillView bill = fixtures.billOf(number);
        var lines = List.of(new NewOrder.Line("KK-1KG", "Kaju Katli", "1 kg", 1, new BigDecimal("1200"), null));

        assertThatThrownBy(() -> billing.revise(bill.number(), new Revision(lines, null, "one box broke"),
                TestOrders.BILLER))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("OUT_FOR_DELIVERY", "BILLED or READY_FOR_DISPATCH",
                        "/api/bills/" + bill.number() + "/credit-notes");

        assertThat(fixtures.billOf(number).status()).isEqualTo(BillStatus.ISSUED);
        assertThat(orders.get(number, TestOrders.OWNER).lines()).hasSize(2);
    }

    @Test
    void aBillWithACreditNoteIsNotRevisedSoTheCustomerIsNeverAskedForTheCreditAgain() {
        String number = fixtures.billedOrder("credit", null, null);
        String billNumber = fixtures.billOf(number).number();
        BillView credited = billing.creditNote(billNumber, new BigDecimal("250"), "Kaju Katli priced at last week's rate",
                TestOrders.BILLER);
        String note = credited.creditNotes().get(0).number();
        var lines = List.of(
                new NewOrder.Line("KK-1KG", "Kaju Katli", "1 kg", 2, new BigDecimal("1200"), new BigDecimal("100")),
                new NewOrder.Line("KAR-250", "Karanji", "250 g", 1, new BigDecimal("450"), null));

        assertThatThrownBy(() -> billing.revise(billNumber, new Revision(lines, null, "Karanji instead of Modak"),
                TestOrders.BILLER))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(note)
                .hasMessageContaining("/api/bills/" + billNumber + "/credit-notes")
                .hasMessageContaining("/api/bills/" + billNumber + "/cancel");

        BillView after = fixtures.billOf(number);
        assertThat(after.number()).isEqualTo(billNumber);
        assertThat(after.status()).isEqualTo(BillStatus.ISSUED);
        assertThat(after.amountDue()).as("the credit still counts").isEqualByComparingTo("2500.00");
        assertThat(orders.get(number, TestOrders.OWNER).lines()).extracting(l -> l.sku())
                .containsExactly("KK-1KG", "MOD-500");
    }

    @Test
    void aRefundDueFlagResolvedAsPaidBackRecordsTheRefundAndNothingIsDueAnyMore() {
        String number = fixtures.billedOrder("cash", null, null);
        String billNumber = fixtures.billOf(number).number();
        billing.creditNote(billNumber, new BigDecimal("500"), "Modak charged twice", TestOrders.BILLER);
        FlagView flag = payments.flags(false, TestOrders.BILLER).stream()
                .filter(f -> number.equals(f.orderNumber()) && f.kind() == FlagKind.REFUND_DUE).findFirst().orElseThrow();
        assertThat(fixtures.billOf(number).amountDue()).isEqualByComparingTo("-500.00");

        assertThatThrownBy(() -> payments.resolve(flag.id(), "Paid back by UPI", false, "upi", " ", TestOrders.BILLER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("refundReference"));
        assertThat(fixtures.billOf(number).payments()).as("nothing stored").hasSize(1);
        assertThat(payments.flags(false, TestOrders.BILLER)).anyMatch(f -> f.id() == flag.id());

        FlagView resolved = payments.resolve(flag.id(), "Paid back by UPI", false, "upi", "UTR-7781",
                TestOrders.BILLER);

        assertThat(resolved.open()).isFalse();
        BillView after = fixtures.billOf(number);
        assertThat(after.amountDue()).isEqualByComparingTo("0.00");
        assertThat(after.paymentState()).isEqualTo(PaymentState.PAID);
        assertThat(after.payments()).anySatisfy(p -> {
            assertThat(p.mode()).isEqualTo(PaymentMode.UPI);
            assertThat(p.amount()).isEqualByComparingTo("-500.00");
            assertThat(p.reference()).isEqualTo("UTR-7781");
            assertThat(p.status()).isEqualTo(PaymentStatus.ACCEPTED);
        });
        assertThat(audit.storyOf(number)).anyMatch(e -> e.action().equals("REFUND_PAID"));
        assertThatThrownBy(() -> payments.resolve(flag.id(), "Paid back again", false, "cash", null,
                TestOrders.BILLER)).isInstanceOf(ConflictException.class);
        assertThat(fixtures.billOf(number).payments()).as("never more than the refund due").hasSize(2);
    }

    @Test
    void onlyARefundDueFlagRecordsMoneyPaidBack() {
        String number = fixtures.billedOrder("credit", null, null);
        driver.takeOut(number, "ravi").deliver(number);
        FlagView flag = payments.flags(false, TestOrders.BILLER).stream()
                .filter(f -> number.equals(f.orderNumber())).findFirst().orElseThrow();

        assertThatThrownBy(() -> payments.resolve(flag.id(), "Paid back in cash", false, "cash", null,
                TestOrders.BILLER)).isInstanceOf(InvalidInputException.class).hasMessageContaining("refundMethod");
        assertThat(fixtures.billOf(number).payments()).isEmpty();
    }

    @Test
    void counterPaymentsCountUpToTheAmountDueAndNeedAReferenceForUpiAndCard() {
        String billNumber = fixtures.billOf(fixtures.billedOrder("credit", null, null)).number();

        BillView partly = payments.record(billNumber, new PaymentRequest("cash", new BigDecimal("1000"), null),
                TestOrders.BILLER);
        assertThat(partly.paymentState()).isEqualTo(PaymentState.PARTLY_PAID);
        assertThat(partly.amountDue()).isEqualByComparingTo("1750.00");

        assertThatThrownBy(() -> payments.record(billNumber, new PaymentRequest("upi", new BigDecimal("1750"), " "),
                TestOrders.BILLER)).isInstanceOf(InvalidInputException.class).hasMessageContaining("reference");
        assertThatThrownBy(() -> payments.record(billNumber, new PaymentRequest("card", new BigDecimal("1750.01"),
                "SLIP 9"), TestOrders.BILLER)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount").hasMessageContaining("₹1,750.00");
        assertThatThrownBy(() -> payments.record(billNumber, new PaymentRequest("cheque", new BigDecimal("1"), null),
                TestOrders.BILLER)).isInstanceOf(InvalidInputException.class).hasMessageContaining("mode");

        BillView paid = payments.record(billNumber, new PaymentRequest("card", new BigDecimal("1750"), "SLIP 9"),
                TestOrders.OWNER);
        assertThat(paid.paymentState()).isEqualTo(PaymentState.PAID);
        assertThat(paid.payments()).hasSize(2);
    }

    @Test
    void anOrderDeliveredWithMoneyDueIsFlaggedAndABillerResolvesTheFlagWithANote() {
        String number = fixtures.billedOrder("credit", null, null);
        driver.takeOut(number, "ravi").deliver(number);

        FlagView flag = payments.flags(false, TestOrders.BILLER).stream()
                .filter(f -> number.equals(f.orderNumber())).findFirst().orElseThrow();
        assertThat(flag.kind()).isEqualTo(FlagKind.PAYMENT_MISSING);
        assertThat(flag.detail()).contains("₹2,750.00");

        assertThatThrownBy(() -> payments.resolve(flag.id(), "", false, TestOrders.BILLER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("note");
        FlagView resolved = payments.resolve(flag.id(), "Customer pays on Friday, called", false, TestOrders.BILLER);

        assertThat(resolved.open()).isFalse();
        assertThat(resolved.resolvedBy()).isEqualTo("biller");
        assertThat(payments.flags(false, TestOrders.OWNER)).noneMatch(f -> f.id() == flag.id());
    }

    @Test
    void packersAndDeliveryBoysSeeNoBillsAndCustomerCareMayNotTouchMoney() {
        String billNumber = fixtures.billOf(fixtures.billedOrder("credit", null, null)).number();

        assertThatThrownBy(() -> billing.get(billNumber, TestOrders.PACKER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> billing.get(billNumber, TestOrders.RAVI)).isInstanceOf(AccessDeniedException.class);
        assertThat(billing.get(billNumber, TestOrders.CARE).number()).isEqualTo(billNumber);
        assertThatThrownBy(() -> payments.record(billNumber, new PaymentRequest("cash", BigDecimal.ONE, null),
                TestOrders.CARE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> billing.creditNote(billNumber, BigDecimal.ONE, "why not", TestOrders.CARE))
                .isInstanceOf(AccessDeniedException.class);
    }
}

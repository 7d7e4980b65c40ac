package com.orderflow.trading;

import static com.orderflow.trading.process.TradingOrderProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import com.orderflow.notifications.DirectMessages;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.platform.Roles;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderflowSpringTest;

/**
 * Every path of trading-order.bpmn, driven the way its people and partners drive it: own stock and
 * vendor-sourced, prepaid and cash on delivery, delivered and returned, installation confirmed,
 * declined, unanswered, rescheduled, no-show and rejected, a late shipment, no technician, nothing
 * to install, unpaid and cancelled, the vendor declining. The step table the tracking page shows is
 * asserted along the way.
 */
@OrderflowSpringTest
class TradingOrderProcessTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    DirectMessages outbox;

    TradingShop shop;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        shop = new TradingShop(beans.createBean(TradingShop.Parts.class));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static List<String> fields(InvalidInputException refused) {
        return refused.problems().stream().map(FieldProblem::field).toList();
    }

    private Map<Integer, String> steps(String number) {
        return shop.view(number).steps().stream().collect(java.util.stream.Collectors.toMap(r -> r.step().id(),
                TradingOrderView.StepRow::status));
    }

    @Test
    void aPrepaidOrderFromOurStockWalksAllEighteenStepsToItsWarranty() {
        String number = shop.order(PaymentMode.PREPAID, shop.product(5, "split-ac"), 1);
        ProcessInstance instance = shop.instance(number);
        assertThat(instance).isWaitingAt(GATEWAY_AWAIT_PAYMENT);
        assertEquals(5, shop.view(number).progress(), "order confirmed: 5 %");

        shop.pay(number);
        assertThat(instance).hasPassed(SERVICE_ALLOCATE_STOCK).isWaitingAt(TASK_PICK);
        assertThat(instance).task().hasCandidateGroup(Roles.WAREHOUSE);
        assertEquals("SKIPPED", steps(number).get(1004), "own stock asks no vendor");

        shop.complete(number, TASK_PICK, FIELD_ALL_PICKED, true);
        // a repeated serial and a serial of the wrong shape are refused, naming the field; nothing is kept
        String serial = TradingShop.serial();
        InvalidInputException twice = TradingShop.refusal(assertThrows(ProcessEngineException.class, () -> shop.complete(number,
                TASK_QUALITY_CHECK, FIELD_SERIALS, serial + "\n" + serial, FIELD_ACCESSORIES, true, FIELD_NO_DAMAGE, true)));
        assertEquals(List.of(FIELD_SERIALS), fields(twice));
        InvalidInputException wrong = TradingShop.refusal(assertThrows(ProcessEngineException.class, () -> shop.complete(number,
                TASK_QUALITY_CHECK, FIELD_SERIALS, "XY123", FIELD_ACCESSORIES, true, FIELD_NO_DAMAGE, true)));
        assertEquals(List.of(FIELD_SERIALS), fields(wrong));
        assertTrue(shop.view(number).serials().isEmpty(), "a refused check records no serial");
        assertThat(instance).isWaitingAt(TASK_QUALITY_CHECK);
        shop.complete(number, TASK_QUALITY_CHECK, FIELD_SERIALS, serial, FIELD_ACCESSORIES, true, FIELD_NO_DAMAGE, true);
        assertEquals(List.of(serial), shop.view(number).serials());
        shop.complete(number, TASK_PACK, FIELD_PACKED_WEIGHT, 14500);
        String awb = "SV" + serial.substring(2);
        shop.complete(number, TASK_DISPATCH, FIELD_COURIER, TradingShop.COURIER, FIELD_AWB, awb);
        shop.fire(number, SERVICE_BOOK_SHIPMENT);
        assertThat(instance).isWaitingAt(EVENT_PICKED_UP);
        assertEquals(40, shop.view(number).progress(), "dispatched with AWB: 40 %");

        Instant now = Instant.now();
        shop.scan(awb, "PICKED_UP", now);
        shop.scan(awb, "IN_TRANSIT", now.plusSeconds(60));
        shop.scan(awb, "AT_HUB", now.plusSeconds(120));
        shop.scan(awb, "OUT_FOR_DELIVERY", now.plusSeconds(180));
        assertThat(instance).isWaitingAt(GATEWAY_DELIVERED_OR_BACK);
        assertEquals(60, shop.view(number).progress());
        shop.deliverWithOtp(number, null);
        assertThat(instance).hasPassed(SERVICE_PLAN_VISIT).isWaitingAt(GATEWAY_SLOT_ANSWER);
        assertEquals(70, shop.view(number).progress(), "delivered: 70 %");

        shop.customerConfirmsSlot(number);
        assertThat(instance).isWaitingAt(TASK_INSTALL);
        assertThat(instance).task().isAssignedTo(shop.technician);
        shop.technicianInstalls(number);
        assertThat(instance).isWaitingAt(TASK_APPROVE_INSTALLATION);
        shop.complete(number, TASK_APPROVE_INSTALLATION, FIELD_APPROVAL, APPROVED);
        assertEquals(85, shop.view(number).progress());
        shop.complete(number, TASK_CAPTURE_FEEDBACK, FIELD_RATING, 5, FIELD_FEEDBACK_COMMENT, "Neat work");

        assertThat(instance).hasPassed(SERVICE_REGISTER_WARRANTY, END_WARRANTY_ACTIVATED).isEnded();
        TradingOrderView done = shop.view(number);
        assertEquals(100, done.progress());
        assertEquals(18, done.steps().size(), "every step has its row");
        assertEquals("SKIPPED", steps(number).get(1017), "own stock: no vendor to pay");
        assertEquals(1, done.warranties().size());
        assertEquals(Integer.valueOf(5), done.rating());
    }

    @Test
    void aCashOnDeliveryOrderFromAVendorIsChasedDelayedRescheduledAndSettledInStages() {
        String number = shop.order(PaymentMode.COD, shop.product(0, "split-ac"), 1);
        ProcessInstance instance = shop.instance(number);
        assertThat(instance).hasPassed(SERVICE_RAISE_PO).isWaitingAt(TASK_CONFIRM_VENDOR);
        assertThat(instance).task().hasCandidateGroup(Roles.PROCUREMENT);

        // unanswered: Procurement chases, the order keeps waiting for the vendor
        shop.fire(number, BOUNDARY_PO_UNANSWERED);
        shop.complete(number, TASK_CHASE_VENDOR, FIELD_CHASE_NOTE, "Called Mr Shah, answers today");
        assertThat(instance).hasPassed(END_VENDOR_CHASED).isWaitingAt(TASK_CONFIRM_VENDOR);
        // the vendor accepts from the signed link in its message
        PurchaseOrder po = shop.p.purchaseOrders.findFirstByOrderIdOrderByIdDesc(shop.view(number).id()).orElseThrow();
        shop.p.sourcing.answerByLink(shop.p.tokens.tokenOf(VendorSourcing.VENDOR_LINK_PURPOSE, po.tokenSeed()), true, null);
        assertThat(instance).hasPassed(BOUNDARY_VENDOR_ANSWERED).isWaitingAt(TASK_PICK);
        assertEquals("DONE", steps(number).get(1004));

        String awb = shop.shipFromWarehouse(number);
        // out of order and repeated: the out-for-delivery scan first moves the process through every step before it
        Instant booked = Instant.now();
        shop.scan(awb, "PICKED_UP", booked.plusSeconds(60));
        assertEquals("REPEATED", shop.scan(awb, "PICKED_UP", booked.plusSeconds(60)).outcome());
        // the promise passes: Dispatch hears of it and the customer gets one message
        ClockUtil.setCurrentTime(Date.from(shop.view(number).shipment().promisedBy().plus(Duration.ofHours(1))));
        shop.fire(number, BOUNDARY_PROMISE_PASSED);
        assertThat(instance).isWaitingAt(TASK_SHIPMENT_DELAYED);
        shop.fire(number, BOUNDARY_SCAN_SILENCE);
        assertThat(instance).hasPassed(END_NOT_LATE);
        assertEquals(1, outbox.of(number).stream().filter(m -> m.event() == NotificationEvent.SHIPMENT_DELAYED).count(),
                "one delay message, however often the shipment is looked at");
        shop.complete(number, TASK_SHIPMENT_DELAYED, FIELD_DELAY_ACTION, "Courier says Friday");
        ClockUtil.reset();
        shop.scan(awb, "OUT_FOR_DELIVERY", booked.plusSeconds(300));
        shop.scan(awb, "IN_TRANSIT", booked.plusSeconds(120));
        assertThat(instance).hasPassed(EVENT_IN_TRANSIT, EVENT_AT_HUB, EVENT_OUT_FOR_DELIVERY).isWaitingAt(GATEWAY_DELIVERED_OR_BACK);
        shop.deliverWithOtp(number, shop.view(number).total());

        // installation: another time asked, agreed by phone; the customer not home; another day; rejected once
        shop.customerDeclinesSlot(number);
        Visit declined = shop.latestVisit(number);
        shop.complete(number, TASK_AGREE_SLOT, FIELD_SLOT_DATE, shop.p.installations.slots().isEmpty() ? ""
                : java.time.LocalDate.ofInstant(declined.slotStart(), java.time.ZoneId.of("Asia/Kolkata")).toString(),
                FIELD_SLOT, shop.p.installations.slots().get(0));
        shop.technicianEnds(number, VISIT_NO_SHOW, "Door locked");
        assertThat(instance).hasPassed(TASK_INSTALL).isWaitingAt(GATEWAY_SLOT_ANSWER);
        shop.fire(number, TIMER_SLOT_UNANSWERED);
        shop.complete(number, TASK_AGREE_SLOT, FIELD_SLOT_DATE, java.time.LocalDate.ofInstant(
                shop.latestVisit(number).slotStart(), java.time.ZoneId.of("Asia/Kolkata")).toString(),
                FIELD_SLOT, shop.p.installations.slots().get(1));
        shop.technicianEnds(number, VISIT_RESCHEDULE, "Customer asked for Monday");
        shop.customerConfirmsSlot(number);
        shop.technicianInstalls(number);
        shop.complete(number, TASK_APPROVE_INSTALLATION, FIELD_APPROVAL, REJECTED, FIELD_APPROVAL_NOTE, "Pipe not sealed");
        shop.customerConfirmsSlot(number);
        shop.technicianInstalls(number);
        shop.complete(number, TASK_APPROVE_INSTALLATION, FIELD_APPROVAL, APPROVED);
        assertEquals(4, shop.p.visits.findByOrderIdOrderByAttemptAsc(shop.view(number).id()).size());

        // the customer rates from the tracking page; the vendor is not fully paid yet, so the order waits
        shop.p.feedback.ratedByCustomer(shop.view(number).id(), 4, "Good");
        assertThat(instance).hasPassed(BOUNDARY_CUSTOMER_RATED).isWaitingAt(EVENT_VENDOR_PAID);
        assertEquals(5, shop.releaseOpenStages(number), "payment, acceptance, dispatch, proof and installation");
        assertThat(instance).hasPassed(EVENT_VENDOR_PAID, END_WARRANTY_ACTIVATED).isEnded();
        assertEquals(1, shop.releaseOpenStages(number), "the warranty's stage after the warranty");
        BigDecimal paid = shop.p.ledger.findByPoIdOrderByIdAsc(po.id()).stream().map(VendorLedgerEntry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, paid.compareTo(po.value()), "six releases add up to the purchase order's value");
        assertEquals(100, shop.view(number).progress());
    }

    @Test
    void aPrepaidOrderLeftUnpaidIsCancelledByFinance() {
        String number = shop.order(PaymentMode.PREPAID, shop.product(5, null), 1);
        ProcessInstance instance = shop.instance(number);
        shop.fire(number, TIMER_PAYMENT_OVERDUE);
        assertThat(instance).isWaitingAt(TASK_CHECK_UNPAID);
        assertThat(instance).task().hasCandidateGroup(Roles.FINANCE);
        InvalidInputException noReference = TradingShop.refusal(assertThrows(ProcessEngineException.class, () -> shop.complete(number,
                TASK_CHECK_UNPAID, FIELD_PAYMENT_OUTCOME, PAYMENT_PAID)));
        assertEquals(List.of(FIELD_PAYMENT_REFERENCE), fields(noReference));
        shop.complete(number, TASK_CHECK_UNPAID, FIELD_PAYMENT_OUTCOME, PAYMENT_CANCEL);
        assertThat(instance).hasPassed(SERVICE_CLOSE_UNDELIVERED, END_CLOSED).isEnded();
        assertTrue(shop.view(number).state().isOver());
    }

    @Test
    void anUnpaidOrderFoundPaidByFinanceGoesOnAndAVendorWhoDeclinesIsReplacedThenGivenUp() {
        String number = shop.order(PaymentMode.PREPAID, shop.product(0, null), 1);
        ProcessInstance instance = shop.instance(number);
        shop.fire(number, TIMER_PAYMENT_OVERDUE);
        shop.complete(number, TASK_CHECK_UNPAID, FIELD_PAYMENT_OUTCOME, PAYMENT_PAID, FIELD_PAYMENT_REFERENCE, "NEFT123");
        assertThat(instance).isWaitingAt(TASK_CONFIRM_VENDOR);
        shop.complete(number, TASK_CONFIRM_VENDOR, FIELD_VENDOR_ANSWER, VENDOR_DECLINED, FIELD_VENDOR_NOTE, "No stock");
        assertThat(instance).isWaitingAt(TASK_SOURCE_AGAIN);
        shop.complete(number, TASK_SOURCE_AGAIN, FIELD_SOURCE_AGAIN, SOURCE_ANOTHER_VENDOR, FIELD_VENDOR_CODE,
                shop.otherVendor);
        assertThat(instance).isWaitingAt(TASK_CONFIRM_VENDOR);
        assertEquals(2, shop.p.purchaseOrders.findByOrderIdOrderByIdAsc(shop.view(number).id()).size());
        shop.complete(number, TASK_CONFIRM_VENDOR, FIELD_VENDOR_ANSWER, VENDOR_DECLINED, FIELD_VENDOR_NOTE, "Neither");
        shop.complete(number, TASK_SOURCE_AGAIN, FIELD_SOURCE_AGAIN, SOURCE_CANCEL);
        assertThat(instance).hasPassed(SERVICE_CLOSE_UNDELIVERED).isWaitingAt(TASK_REFUND);
        shop.complete(number, TASK_REFUND, FIELD_REFUND_REFERENCE, "RF-77");
        assertThat(instance).hasPassed(END_REFUNDED).isEnded();
        assertEquals("RF-77", shop.view(number).refundReference());
    }

    @Test
    void aShipmentReturnedOnItsWayClosesTheOrderAndOneReturnedAfterDeliveryAttemptToo() {
        String onTheWay = shop.order(PaymentMode.COD, shop.product(5, null), 1);
        ProcessInstance first = shop.instance(onTheWay);
        String awb = shop.shipFromWarehouse(onTheWay);
        shop.scan(awb, "PICKED_UP", Instant.now());
        shop.scan(awb, "RTO", Instant.now().plusSeconds(60));
        assertThat(first).hasPassed(BOUNDARY_RETURNED, END_CLOSED).isEnded();

        String attempted = shop.order(PaymentMode.COD, shop.product(5, null), 1);
        ProcessInstance second = shop.instance(attempted);
        String awb2 = shop.shipFromWarehouse(attempted);
        shop.scan(awb2, "OUT_FOR_DELIVERY", Instant.now());
        assertThat(second).isWaitingAt(GATEWAY_DELIVERED_OR_BACK);
        shop.scan(awb2, "RTO", Instant.now().plusSeconds(60));
        assertThat(second).hasPassed(EVENT_RETURNED_AFTER_ATTEMPT, END_CLOSED).isEnded();
        assertFalse("DONE".equals(steps(attempted).get(1013)), "never delivered");
    }

    @Test
    void goodsWithNothingToInstallSkipTheVisitAndAnOrderNobodyCanInstallGoesToTheOrderManager() {
        String plain = shop.order(PaymentMode.COD, shop.product(5, null), 1);
        String awb = shop.shipFromWarehouse(plain);
        shop.scan(awb, "OUT_FOR_DELIVERY", Instant.now());
        shop.deliverWithOtp(plain, shop.view(plain).total());
        assertThat(shop.instance(plain)).isWaitingAt(TASK_CAPTURE_FEEDBACK);
        assertEquals("SKIPPED", steps(plain).get(1014));
        assertEquals("SKIPPED", steps(plain).get(1015));

        String nobody = shop.order(PaymentMode.COD, shop.product(5, "inverter-wiring"), 1);
        String awb2 = shop.shipFromWarehouse(nobody);
        shop.scan(awb2, "OUT_FOR_DELIVERY", Instant.now());
        shop.deliverWithOtp(nobody, shop.view(nobody).total());
        ProcessInstance instance = shop.instance(nobody);
        assertThat(instance).hasPassed(BOUNDARY_NO_TECHNICIAN).isWaitingAt(TASK_CHOOSE_TECHNICIAN);
        InvalidInputException unknown = TradingShop.refusal(assertThrows(ProcessEngineException.class, () -> shop.complete(nobody,
                TASK_CHOOSE_TECHNICIAN, FIELD_TECHNICIAN, "nobody-here")));
        assertEquals(List.of(FIELD_TECHNICIAN), fields(unknown));
        shop.complete(nobody, TASK_CHOOSE_TECHNICIAN, FIELD_TECHNICIAN, shop.technician);
        assertThat(instance).isWaitingAt(GATEWAY_SLOT_ANSWER);
        assertEquals(shop.technician, shop.latestVisit(nobody).technician());
    }
}

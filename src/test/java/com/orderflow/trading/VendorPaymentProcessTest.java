package com.orderflow.trading;

import static com.orderflow.trading.process.VendorPaymentProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TransactionRace;
import com.orderflow.trading.process.TradingOrderProcess;

/**
 * vendor-payment.bpmn and the ledger behind it (E3): a stage's "Release vendor payment" exists only
 * once its evidence does, shows that evidence to Finance and pays the stage's amount to the paisa;
 * a stage without evidence, a release not ticked or without its reference, a second release, and
 * two releases racing each other pay nothing more; a withdrawn purchase order ends its open stages
 * unpaid and credits back what was paid; a percentage table that does not add up is refused.
 */
@OrderflowSpringTest
class VendorPaymentProcessTest {
    private static final CurrentUser ADMIN = new CurrentUser("admin", Set.of(Roles.ADMIN));
    private static final CurrentUser OTHER_FINANCE = new CurrentUser("finance2", Set.of(Roles.FINANCE));

    @Autowired
    ProcessEngine engine;
    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RepositoryService repository;
    @Autowired
    StageTable table;

    TradingShop shop;
    String number;
    PurchaseOrder po;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        shop = new TradingShop(beans.createBean(TradingShop.Parts.class));
        // a prepaid order of two units bought from the vendor, paid and accepted by Procurement
        number = shop.order(PaymentMode.PREPAID, shop.product(0, null), 2);
        shop.pay(number);
        shop.complete(number, TradingOrderProcess.TASK_CONFIRM_VENDOR, TradingOrderProcess.FIELD_VENDOR_ANSWER,
                TradingOrderProcess.VENDOR_ACCEPTED);
        po = shop.p.purchaseOrders.findFirstByOrderIdOrderByIdDesc(shop.view(number).id()).orElseThrow();
    }

    private ProcessInstance stage(String stage) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(businessKey(po.number(), stage)).singleResult();
    }

    private Task releaseTask(String stage) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey(po.number(), stage))
                .taskDefinitionKey(TASK_RELEASE).singleResult();
    }

    private List<VendorLedgerEntry> ledger() {
        return shop.p.ledger.findByPoIdOrderByIdAsc(po.id());
    }

    @Test
    void aStageWithEvidenceIsReleasedOnceToThePaisaAndOneWithoutIsRefused() {
        // 2 × ₹31,000.50 = ₹62,001.00; 20 % of it
        assertEquals(0, po.value().compareTo(new BigDecimal("62001.00")));
        ProcessInstance payment = stage("CUSTOMER_PAYMENT");
        assertThat(payment).isWaitingAt(TASK_RELEASE);
        assertThat(payment).task().hasCandidateGroup(Roles.FINANCE);
        Task task = releaseTask("CUSTOMER_PAYMENT");
        Map<String, Object> shown = engine.getTaskService().getVariablesLocal(task.getId());
        assertTrue(shown.get("stageEvidence").toString().startsWith("Customer paid ₹"), shown.toString());
        assertTrue(shown.get("stageAmount").toString().startsWith("₹12,400.20"), shown.toString());
        assertEquals(null, stage("DISPATCH"), "no release before the shipment has its AWB");
        InvalidInputException noEvidence = assertThrows(InvalidInputException.class,
                () -> shop.p.stages.release(po.number(), "DISPATCH", "UTR1", TradingShop.FINANCE));
        assertEquals("stage", noEvidence.problems().get(0).field());

        InvalidInputException notTicked = TradingShop.refusal(assertThrows(ProcessEngineException.class, () -> engine
                .getTaskService().complete(task.getId(), Map.of(FIELD_RELEASE, false, FIELD_RELEASE_REFERENCE, "UTR9"))));
        assertEquals(FIELD_RELEASE, notTicked.problems().get(0).field());
        InvalidInputException noReference = TradingShop.refusal(assertThrows(ProcessEngineException.class, () -> engine
                .getTaskService().complete(task.getId(), Map.of(FIELD_RELEASE, true, FIELD_RELEASE_REFERENCE, " "))));
        assertEquals(FIELD_RELEASE_REFERENCE, noReference.problems().get(0).field());
        assertTrue(ledger().isEmpty(), "a refused release pays nothing");

        shop.p.stages.release(po.number(), "CUSTOMER_PAYMENT", "UTR-A1", TradingShop.FINANCE);
        assertThat(payment).hasPassed(SERVICE_TELL_ORDER, END_RELEASED).isEnded();
        assertEquals(1, ledger().size());
        assertEquals(new BigDecimal("12400.20"), ledger().get(0).amount());
        assertThrows(ConflictException.class,
                () -> shop.p.stages.release(po.number(), "CUSTOMER_PAYMENT", "UTR-A2", TradingShop.FINANCE));
        assertEquals(1, ledger().size(), "released once");
    }

    @Test
    void twoReleasesOfTheSameStageAtTheSameMomentPayOnce() throws Exception {
        Throwable second = null;
        try {
            TransactionRace.whileOpen(transactions,
                    () -> shop.p.stages.release(po.number(), "VENDOR_ACCEPTANCE", "UTR-FIRST", TradingShop.FINANCE),
                    () -> shop.p.stages.release(po.number(), "VENDOR_ACCEPTANCE", "UTR-SECOND", OTHER_FINANCE));
        } catch (Exception refused) {
            second = refused;
        }
        assertTrue(second != null, "the second release is refused");
        List<VendorLedgerEntry> entries = ledger();
        assertEquals(1, entries.size(), "paid once: " + entries);
        assertEquals("UTR-FIRST", entries.get(0).reference());
        assertEquals(null, stage("VENDOR_ACCEPTANCE"), "its release ended the stage's process");
    }

    @Test
    void aReturnedOrderCreditsBackWhatWasPaidAndEndsItsOpenStagesUnpaid() {
        shop.p.stages.release(po.number(), "CUSTOMER_PAYMENT", "UTR-C1", TradingShop.FINANCE);
        ProcessInstance acceptance = stage("VENDOR_ACCEPTANCE");
        String awb = shop.shipFromWarehouse(number);
        ProcessInstance dispatch = stage("DISPATCH");
        shop.scan(awb, "RTO", Instant.now());
        assertThat(acceptance).hasPassed(BOUNDARY_WITHDRAWN, END_NOT_PAID).isEnded();
        assertThat(dispatch).hasPassed(END_NOT_PAID).isEnded();
        BigDecimal net = ledger().stream().map(e -> e.kind() == VendorLedgerEntry.Kind.CREDIT ? e.amount().negate()
                : e.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, net.signum(), "the release is reversed by a credit: " + ledger());
        assertThrows(ConflictException.class,
                () -> shop.p.stages.release(po.number(), "DISPATCH", "UTR-C2", TradingShop.FINANCE));
    }

    @Test
    void aPercentageTableThatDoesNotAddUpToAHundredIsRefusedAndNothingChanges() throws Exception {
        Map<String, BigDecimal> ninety = Map.of("CUSTOMER_PAYMENT", BigDecimal.TEN, "VENDOR_ACCEPTANCE",
                new BigDecimal("20"), "DISPATCH", new BigDecimal("20"), "DELIVERY_PROOF", new BigDecimal("20"),
                "INSTALLATION", BigDecimal.TEN, "WARRANTY", BigDecimal.TEN);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> table.replace(ninety, ADMIN));
        assertEquals("percentages", refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message().contains("100"));
        String file = new String(getClass().getResourceAsStream("/dmn/vendor-payment-stages.dmn").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("<text>20</text>", "<text>25</text>");
        ProcessEngineException deploy = assertThrows(ProcessEngineException.class, () -> repository.createDeployment()
                .addString("vendor-payment-stages.dmn", file).deploy());
        assertTrue(deploy.getMessage().contains("must add up to 100%"), deploy.getMessage());
        assertEquals(0, table.percentages().get(VendorStageKind.DISPATCH).compareTo(new BigDecimal("20")));
    }
}

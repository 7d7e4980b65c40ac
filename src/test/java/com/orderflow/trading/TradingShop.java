package com.orderflow.trading;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.billing.GatewayCallback;
import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.TestImages;
import com.orderflow.trading.process.TradingOrderProcess;
import com.orderflow.trading.process.VendorPaymentProcess;
import com.orderflow.tracking.SignedTokens;

/**
 * A trading shop for tests: its own vendors, products, technician and city (so that no other test's
 * masters answer for it), and the steps its people take, each through the public services or the
 * task's form as Tasklist would send it.
 */
class TradingShop {
    static final CurrentUser SALES = new CurrentUser("manager", Set.of(Roles.ORDER_MANAGER));
    static final CurrentUser DISPATCHER = new CurrentUser("dispatch", Set.of(Roles.DISPATCH));
    static final CurrentUser FINANCE = new CurrentUser("finance", Set.of(Roles.FINANCE));
    static final String COURIER = "SHOPVAN";

    /** The services a test shop uses; made by the test's bean factory ({@code createBean(Parts.class)}). */
    static class Parts {
        @Autowired TradingIntake intake;
        @Autowired TradingProducts products;
        @Autowired Vendors vendors;
        @Autowired Technicians technicians;
        @Autowired Visits visits;
        @Autowired PurchaseOrders purchaseOrders;
        @Autowired TradingQueries queries;
        @Autowired CustomerPayments payments;
        @Autowired ShipmentTracking tracking;
        @Autowired DeliveryConfirmation delivery;
        @Autowired Installations installations;
        @Autowired CustomerFeedback feedback;
        @Autowired VendorSourcing sourcing;
        @Autowired VendorStages stages;
        @Autowired VendorLedgerEntries ledger;
        @Autowired SignedTokens tokens;
        @Autowired RuntimeService runtime;
        @Autowired TaskService tasks;
        @Autowired ManagementService management;
        @Autowired PlatformTransactionManager transactions;
    }

    final Parts p;
    final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    final String city = "Thane" + tag;
    final String vendor = "V" + tag;
    final String otherVendor = "W" + tag;
    final String technician;
    final CurrentUser technicianUser;

    TradingShop(Parts parts) {
        this(parts, null);
    }

    /** @param technicianId a demo user who can sign in (his master row now covers only this shop's city), or null */
    TradingShop(Parts parts, String technicianId) {
        this.p = parts;
        this.technician = technicianId != null ? technicianId : "tech" + tag.toLowerCase();
        p.vendors.saveAndFlush(new Vendor(vendor, "Cool Air Traders " + tag, "+919800000001", "v@example.com", "en"));
        p.vendors.saveAndFlush(new Vendor(otherVendor, "Pure Water Co " + tag, "+919800000002", "w@example.com", "en"));
        p.technicians.saveAndFlush(new Technician(technician, "Ajay " + tag, "+919800000003", List.of(city),
                List.of("split-ac", "purifier")));
        technicianUser = new CurrentUser(technician, Set.of(Roles.TECHNICIAN));
    }

    /** A product with serial tracking; {@code installSkill} null: nothing to install. */
    String product(int onHand, String installSkill) {
        String sku = "SKU-" + tag + "-" + ThreadLocalRandom.current().nextInt(1000, 9999);
        p.products.saveAndFlush(new TradingProduct(sku, "Split AC 1.5 ton " + tag, "स्प्लिट एसी", "स्प्लिट एसी", "AC",
                new BigDecimal("38999.00"), vendor, new BigDecimal("31000.50"), "AC[0-9]{8}", 12, installSkill, onHand));
        return sku;
    }

    static String serial() {
        return "AC" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    String order(PaymentMode mode, String sku, int quantity) {
        return p.intake.place(new NewTradingOrder(new NewTradingOrder.Customer("Meena Joshi", "+919812345678",
                "meena@example.com", "12 Lake Road", city, "400601", "en", "WHATSAPP"), mode,
                List.of(new NewTradingOrder.Line(sku, quantity))), SALES);
    }

    ProcessInstance instance(String number) {
        ProcessInstance instance = p.runtime.createProcessInstanceQuery().processDefinitionKey(TradingOrderProcess.KEY)
                .processInstanceBusinessKey(number).singleResult();
        assertNotNull(instance, "a trading-order process for " + number);
        return instance;
    }

    TradingOrderView view(String number) {
        return p.queries.find(number).orElseThrow();
    }

    Task task(String number, String taskKey) {
        Task task = p.tasks.createTaskQuery().processDefinitionKey(TradingOrderProcess.KEY)
                .processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
        assertNotNull(task, taskKey + " of " + number);
        return task;
    }

    void complete(String number, String taskKey, Object... fields) {
        Map<String, Object> form = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.put((String) fields[i], fields[i + 1]);
        }
        p.tasks.complete(task(number, taskKey).getId(), form);
    }

    /** Runs the job (a timer or an asynchronous step) waiting at {@code activityId}. */
    void fire(String number, String activityId) {
        Job job = p.management.createJobQuery().processInstanceId(instance(number).getId()).activityId(activityId)
                .singleResult();
        assertNotNull(job, "a job at " + activityId + " of " + number);
        p.management.executeJob(job.getId());
    }

    /** The gateway's verified callback, as billing hands it on inside its own transaction. */
    void pay(String number) {
        GatewayCallback callback = new GatewayCallback("evt-" + UUID.randomUUID(), number, view(number).total(), "INR",
                "captured", "UPI" + tag);
        new TransactionTemplate(p.transactions).executeWithoutResult(status -> p.payments.receive(callback));
    }

    /** Pick, serial check, pack and hand to the manual courier: the AWB typed by Dispatch. */
    String shipFromWarehouse(String number) {
        complete(number, TradingOrderProcess.TASK_PICK, TradingOrderProcess.FIELD_ALL_PICKED, true);
        StringBuilder serials = new StringBuilder();
        view(number).lines().forEach(line -> {
            for (int i = 0; i < line.quantity(); i++) {
                serials.append(serial()).append('\n');
            }
        });
        complete(number, TradingOrderProcess.TASK_QUALITY_CHECK, TradingOrderProcess.FIELD_SERIALS, serials.toString(),
                TradingOrderProcess.FIELD_ACCESSORIES, true, TradingOrderProcess.FIELD_NO_DAMAGE, true);
        complete(number, TradingOrderProcess.TASK_PACK, TradingOrderProcess.FIELD_PACKED_WEIGHT, 14500);
        String awb = "SV" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        complete(number, TradingOrderProcess.TASK_DISPATCH, TradingOrderProcess.FIELD_COURIER, COURIER,
                TradingOrderProcess.FIELD_AWB, awb);
        fire(number, TradingOrderProcess.SERVICE_BOOK_SHIPMENT);
        return awb;
    }

    ShipmentTracking.ScanOutcome scan(String awb, String code, Instant at) {
        return p.tracking.manual(awb, new ShipmentTracking.ManualScan(code, "Bhiwandi hub", at), DISPATCHER);
    }

    void deliverWithOtp(String number, BigDecimal cashCollected) {
        String otp = view(number).shipment().deliveryOtp();
        p.delivery.delivered(number, new DeliveryConfirmation.ManualDelivery(otp, cashCollected), DISPATCHER);
    }

    Visit latestVisit(String number) {
        return p.visits.findFirstByOrderIdOrderByAttemptDesc(view(number).id()).orElseThrow();
    }

    void customerConfirmsSlot(String number) {
        p.installations.confirmByCustomer(p.tokens.tokenOf(Installations.SLOT_PURPOSE, latestVisit(number).tokenSeed()));
    }

    void customerDeclinesSlot(String number) {
        p.installations.declineByCustomer(p.tokens.tokenOf(Installations.SLOT_PURPOSE, latestVisit(number).tokenSeed()),
                "Evenings only");
    }

    /** The technician's phone page: photo, signature, the whole checklist, done. */
    void technicianInstalls(String number) {
        long visit = latestVisit(number).id();
        p.installations.photo(visit, TestImages.png(40, 30), technicianUser);
        p.installations.signature(visit, TestImages.png(60, 20), technicianUser);
        p.installations.complete(visit, new Installations.VisitCompletion(TradingOrderProcess.VISIT_DONE,
                Installations.CHECKLIST, null), technicianUser);
    }

    void technicianEnds(String number, String outcome, String note) {
        p.installations.complete(latestVisit(number).id(), new Installations.VisitCompletion(outcome, List.of(), note),
                technicianUser);
    }

    /** Finance releases every stage that has a "Release vendor payment" open for the order's purchase orders. */
    int releaseOpenStages(String number) {
        int released = 0;
        for (PurchaseOrder po : p.purchaseOrders.findByOrderIdOrderByIdAsc(view(number).id())) {
            for (Task task : p.tasks.createTaskQuery().processDefinitionKey(VendorPaymentProcess.KEY)
                    .processInstanceBusinessKeyLike(po.number() + "/%").list()) {
                p.tasks.complete(task.getId(), Map.of(VendorPaymentProcess.FIELD_RELEASE, true,
                        VendorPaymentProcess.FIELD_RELEASE_REFERENCE, "UTR" + tag + released));
                released++;
            }
        }
        return released;
    }

    /** The domain's refusal inside what the engine threw (Tasklist shows its message). */
    static InvalidInputException refusal(Throwable wrapped) {
        for (Throwable cause = wrapped; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException refused) {
                return refused;
            }
        }
        throw new AssertionError("not refused with a field problem", wrapped);
    }
}

package com.orderflow.trading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.EngineActor;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.trading.process.TradingOrderProcess;
import com.orderflow.trading.process.VendorPaymentProcess;

/**
 * A vendor paid in stages (E3), as no ERP does it: each stage of a purchase order the vendor accepted
 * gets its evidence from the order's own records ({@link OrderFacts}); evidence starts a
 * vendor-payment process whose Finance task shows it; the release is a ledger entry, at most once per
 * stage, never before the evidence and never beyond the purchase order's value. The purchase order's
 * row lock orders every release, settlement check and withdrawal of one purchase order, so two
 * Finance users completing at the same moment pay once. A cancelled or returned order's releases are
 * credited back.
 */
@Service
public class VendorStages {
    private final PurchaseOrders purchaseOrders;
    private final VendorStagesRepository stages;
    private final VendorLedgerEntries ledger;
    private final TradingOrders orders;
    private final OrderFacts facts;
    private final StageTable table;
    private final TradingPermissions permissions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineActor engine;
    private final AuditLog audit;
    private final ShopClock clock;

    VendorStages(PurchaseOrders purchaseOrders, VendorStagesRepository stages, VendorLedgerEntries ledger, TradingOrders orders,
            OrderFacts facts, StageTable table, TradingPermissions permissions, RuntimeService runtime,
            TaskService tasks, EngineActor engine, AuditLog audit, ShopClock clock) {
        this.purchaseOrders = purchaseOrders;
        this.stages = stages;
        this.ledger = ledger;
        this.orders = orders;
        this.facts = facts;
        this.table = table;
        this.permissions = permissions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /** The purchase order's stages at today's table: amounts to the paisa, adding up to its value. */
    void schedule(PurchaseOrder po) {
        Map<VendorStageKind, BigDecimal> percentages = table.percentages();
        StageAmounts.split(po.value(), percentages).forEach((stage, amount) ->
                stages.save(new VendorStage(po.id(), stage, percentages.get(stage), amount)));
        stages.flush();
    }

    /**
     * Looks at the order's records for new evidence of its accepted purchase order's stages; each
     * stage that has it now, and had none before, gets a "Release vendor payment" for Finance.
     */
    @Transactional
    public void refresh(long orderId) {
        Optional<PurchaseOrder> latest = purchaseOrders.findFirstByOrderIdOrderByIdDesc(orderId);
        if (latest.isEmpty() || !latest.get().isAccepted()) {
            return;
        }
        PurchaseOrder po = purchaseOrders.lock(latest.get().id()).orElseThrow();
        TradingOrder order = orders.findById(orderId).orElseThrow();
        for (VendorStage stage : stages.findByPoIdOrderByPositionAsc(po.id())) {
            if (stage.evidence() == null) {
                facts.evidence(stage.stage(), order, po).ifPresent(what -> {
                    if (stage.evidenced(what, clock.now())) {
                        stages.flush();
                        runtime.startProcessInstanceByKey(VendorPaymentProcess.KEY,
                                VendorPaymentProcess.businessKey(po.number(), stage.stage().name()),
                                Map.of(VendorPaymentProcess.VAR_STAGE_ID, stage.id()));
                        audit.record("system", "VENDOR_STAGE_EVIDENCED", order.number(), po.number() + " "
                                + stage.stage() + ": " + what);
                    }
                });
            }
        }
    }

    /**
     * Finance completed "Release vendor payment" in Tasklist or on a page: the release, with the
     * bank's reference, in the task's transaction.
     *
     * @throws InvalidInputException when the release is not ticked, the reference is missing, or the
     *         stage has no evidence
     * @throws ConflictException when it was released before or the purchase order was withdrawn
     */
    @Transactional
    public void releaseFromTask(long stageId, Object releaseTicked, Object reference, String actor) {
        String ref = reference == null ? "" : reference.toString().strip();
        if (!Boolean.TRUE.equals(releaseTicked)) {
            throw new InvalidInputException(VendorPaymentProcess.FIELD_RELEASE, "must be ticked to release the payment");
        }
        if (ref.isEmpty() || ref.length() > 100) {
            throw new InvalidInputException(VendorPaymentProcess.FIELD_RELEASE_REFERENCE,
                    "must give the bank transfer's reference (UTR), at most 100 characters");
        }
        // the purchase order's lock first, the stage read after it: a release committed meanwhile is seen
        long poId = stages.poIdOf(stageId).orElseThrow(() -> new IllegalStateException("No stage " + stageId));
        PurchaseOrder po = purchaseOrders.lock(poId).orElseThrow();
        VendorStage stage = stages.findById(stageId).orElseThrow();
        if (stages.releasedInDatabase(stageId) && !stage.isReleased()) {
            // another release committed while this one waited for the lock (this transaction read the stage before)
            throw new ConflictException(stage.stage() + " of " + po.number() + " was released meanwhile");
        }
        if (!po.isAccepted()) {
            throw new ConflictException("Purchase order " + po.number() + " is " + po.state() + "; nothing more is paid on it");
        }
        stage.release(actor, ref, clock.now(), OrderFacts.missing(stage.stage()));
        BigDecimal paid = paidOn(po.id());
        if (paid.add(stage.amount()).compareTo(po.value()) > 0) {
            throw new ConflictException("Releasing " + Rupees.format(stage.amount()) + " would pay "
                    + Rupees.format(paid.add(stage.amount())) + " on " + po.number() + ", more than its value "
                    + Rupees.format(po.value()));
        }
        stages.flush();
        ledger.saveAndFlush(new VendorLedgerEntry(po.vendorCode(), po.id(), stage.stage(), VendorLedgerEntry.Kind.RELEASE,
                stage.amount(), ref, stage.evidence(), actor, clock.now()));
        String orderNumber = orders.findById(po.orderId()).map(TradingOrder::number).orElse(null);
        audit.record(actor, "VENDOR_PAYMENT_RELEASED", orderNumber, po.number() + " " + stage.stage() + " "
                + Rupees.format(stage.amount()) + " to " + po.vendorCode() + " (" + ref + ")");
    }

    /**
     * Finance releases a stage from the API or a page: refused, naming the stage, while it has no
     * evidence; otherwise its task completes in Finance's name (which releases it).
     */
    @Transactional
    public StageView release(String poNumber, String stageName, String reference, CurrentUser user) {
        permissions.check(user, TradingPermissions.Action.RELEASE_PAYMENT);
        PurchaseOrder po = purchaseOrders.findByNumber(poNumber == null ? "" : poNumber.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("No purchase order " + poNumber));
        VendorStageKind kind = parseStage(stageName);
        VendorStage stage = stages.findByPoIdAndStage(po.id(), kind).orElseThrow();
        if (stage.isReleased()) {
            throw new ConflictException(kind + " of " + po.number() + " was already released by " + stage.releasedBy()
                    + " (" + stage.releaseReference() + ")");
        }
        if (stage.evidence() == null) {
            throw new InvalidInputException("stage", kind + " has no evidence yet: " + OrderFacts.missing(kind));
        }
        Task task = tasks.createTaskQuery().processDefinitionKey(VendorPaymentProcess.KEY)
                .processInstanceBusinessKey(VendorPaymentProcess.businessKey(po.number(), kind.name()))
                .taskDefinitionKey(VendorPaymentProcess.TASK_RELEASE).singleResult();
        if (task == null) {
            throw new ConflictException(kind + " of " + po.number() + " has no open release (the purchase order is "
                    + po.state() + ")");
        }
        engine.as(user.id(), () -> tasks.complete(task.getId(), Map.of(VendorPaymentProcess.FIELD_RELEASE, true,
                VendorPaymentProcess.FIELD_RELEASE_REFERENCE, reference == null ? "" : reference)));
        return view(stages.findById(stage.id()).orElseThrow());
    }

    /**
     * After a release: when every stage up to the installation is paid, the order's process hears it
     * (if it waits for it; if it has not got there yet, it will find them paid when it does).
     */
    @Transactional
    public void announce(long stageId) {
        VendorStage stage = stages.findById(stageId).orElseThrow();
        PurchaseOrder po = purchaseOrders.lock(stage.poId()).orElseThrow();
        if (settled(po)) {
            orders.findById(po.orderId()).ifPresent(order -> runtime
                    .createMessageCorrelation(TradingOrderProcess.MESSAGE_VENDOR_PAID)
                    .processInstanceBusinessKey(order.number()).correlateAll());
        }
    }

    /**
     * For the order's settlement step (1017): whether every stage before the warranty's is released.
     * Holds the purchase order's lock until the process has moved on, so that a release at the same
     * moment either is seen here or finds the process waiting for it.
     */
    @Transactional
    public boolean settledBeforeWarranty(long orderId) {
        Optional<PurchaseOrder> latest = purchaseOrders.findFirstByOrderIdOrderByIdDesc(orderId);
        if (latest.isEmpty()) {
            return true;
        }
        return settled(purchaseOrders.lock(latest.get().id()).orElseThrow());
    }

    /**
     * The order was cancelled or came back: its purchase order is withdrawn, every released stage
     * is credited back once, and its open releases end unpaid.
     */
    @Transactional
    public void withdraw(long orderId, String reason, String actor) {
        for (PurchaseOrder found : purchaseOrders.findByOrderIdOrderByIdAsc(orderId)) {
            PurchaseOrder po = purchaseOrders.lock(found.id()).orElseThrow();
            if (po.state() != PurchaseOrder.State.SENT && po.state() != PurchaseOrder.State.ACCEPTED) {
                continue;
            }
            po.withdraw();
            List<VendorLedgerEntry> entries = ledger.findByPoIdOrderByIdAsc(po.id());
            for (VendorLedgerEntry release : entries) {
                if (release.kind() == VendorLedgerEntry.Kind.RELEASE && entries.stream().noneMatch(e ->
                        e.kind() == VendorLedgerEntry.Kind.CREDIT && e.stage() == release.stage())) {
                    ledger.save(new VendorLedgerEntry(po.vendorCode(), po.id(), release.stage(), VendorLedgerEntry.Kind.CREDIT,
                            release.amount(), release.reference(), "Reversed: " + reason, actor, clock.now()));
                }
            }
            ledger.flush();
            purchaseOrders.flush();
            for (VendorStage stage : stages.findByPoIdOrderByPositionAsc(po.id())) {
                runtime.createMessageCorrelation(VendorPaymentProcess.MESSAGE_PO_WITHDRAWN)
                        .processInstanceBusinessKey(VendorPaymentProcess.businessKey(po.number(), stage.stage().name()))
                        .correlateAll();
            }
            audit.record(actor, "PURCHASE_ORDER_WITHDRAWN", orders.findById(orderId).map(TradingOrder::number)
                    .orElse(null), po.number() + ": " + reason + "; paid " + Rupees.format(paidOn(po.id())) + " after credits");
        }
    }

    /** The stage of a vendor-payment process's business key ("PO-2026-000001/DISPATCH"). */
    @Transactional(readOnly = true)
    public long stageIdOf(String businessKey) {
        int slash = businessKey == null ? -1 : businessKey.lastIndexOf('/');
        if (slash < 0) {
            throw new IllegalStateException("Not a vendor payment's key: " + businessKey);
        }
        PurchaseOrder po = purchaseOrders.findByNumber(businessKey.substring(0, slash)).orElseThrow();
        return stages.findByPoIdAndStage(po.id(), VendorPaymentProcess.stageOf(businessKey.substring(slash + 1)))
                .orElseThrow().id();
    }

    /** One stage as Finance sees it. */
    @Transactional(readOnly = true)
    public StageView stage(long stageId) {
        return view(stages.findById(stageId).orElseThrow(() -> new NotFoundException("No stage " + stageId)));
    }

    /** What a purchase order's releases and credits come to now. */
    BigDecimal paidOn(long poId) {
        return ledger.findByPoIdOrderByIdAsc(poId).stream().map(VendorLedgerEntry::signedAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    List<StageView> stagesOf(long poId) {
        return stages.findByPoIdOrderByPositionAsc(poId).stream().map(this::view).toList();
    }

    private boolean settled(PurchaseOrder po) {
        return stages.findByPoIdOrderByPositionAsc(po.id()).stream()
                .filter(s -> s.stage().dueBeforeSettlement()).allMatch(VendorStage::isReleased);
    }

    private StageView view(VendorStage stage) {
        PurchaseOrder po = purchaseOrders.findById(stage.poId()).orElseThrow();
        String orderNumber = orders.findById(po.orderId()).map(TradingOrder::number).orElse(null);
        return new StageView(stage.id(), po.number(), orderNumber, po.vendorCode(), stage.stage(), stage.percent(),
                stage.amount(), po.value(), stage.evidence(), stage.evidenceAt(), stage.releasedAt(), stage.releasedBy(),
                stage.releaseReference(), stage.evidence() == null ? OrderFacts.missing(stage.stage()) : null);
    }

    private static VendorStageKind parseStage(String name) {
        try {
            return VendorStageKind.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldProblem("stage", "must be one of "
                    + List.of(VendorStageKind.values()))));
        }
    }
}

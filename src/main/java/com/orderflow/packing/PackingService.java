package com.orderflow.packing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.ConsumedBatch;
import com.orderflow.inventory.OrderStockService;
import com.orderflow.inventory.StockLine;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.process.StockLines;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Packing (K2) as the order process and the packing board drive it: a packer who starts gets the
 * batches to pick and a slip on the printer; the weight he enters is checked against the catalogue;
 * what he packed is recorded for the board and the packer reports. Runs in the caller's
 * transaction (the engine's, for the process adapters).
 */
@Service
@EnableConfigurationProperties(PackingProperties.class)
public class PackingService {
    private final OrderLifecycle orders;
    private final OrderStockService stock;
    private final PackingSlips slips;
    private final PackingRecords records;
    private final SlipPrinting printing;
    private final AuditLog audit;
    private final ShopClock clock;
    private final PackingProperties properties;

    PackingService(OrderLifecycle orders, OrderStockService stock, PackingSlips slips, PackingRecords records,
            SlipPrinting printing, AuditLog audit, ShopClock clock, PackingProperties properties) {
        this.orders = orders;
        this.stock = stock;
        this.slips = slips;
        this.records = records;
        this.printing = printing;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** The batches to pick (or, after a bill change, that should be in the box) and what it should weigh. */
    public record PackingPlan(List<ConsumedBatch> batches, BigDecimal expectedWeightGrams) {
        /** One batch a line, as the form and the slip show it. */
        public String batchesText() {
            return describe(batches);
        }

        /** "2500": grams without a scale, for the form. */
        public String expectedWeightText() {
            return expectedWeightGrams.stripTrailingZeros().toPlainString();
        }
    }

    /**
     * A packer starts on an order (claims its pack task) or on a change to it (claims an adjust
     * task): plans the batches, earliest expiry first, and queues a packing slip that goes to the
     * printer only once the caller's transaction commits; a claim that rolls back prints nothing.
     *
     * @param changes what a bill revision changed, printed on the slip; null for the first packing
     */
    @Transactional
    public PackingPlan startPacking(String orderNumber, String packer, String changes) {
        OrderView order = order(orderNumber);
        PackingPlan plan = plan(order, changes);
        PackingSlip slip = slips.save(new PackingSlip(orderNumber, slips.lastSlipNo(orderNumber) + 1,
                changes == null ? PackingSlip.Kind.PACK : PackingSlip.Kind.ADJUST, packer, customerOf(order),
                itemsOf(order), plan.batchesText(), plan.expectedWeightGrams(), changes, packer, clock.now()));
        audit.record(packer, changes == null ? "PACKING_STARTED" : "PACKING_ADJUSTMENT_STARTED", orderNumber,
                "packing slip " + slip.slipNo() + " to the printer; expected " + PackingSlipPdf.grams(plan.expectedWeightGrams()));
        printing.printAfterCommit(slip.id());
        return plan;
    }

    /**
     * The plan a packer will get, worked out when his task appears: Tasklist loads a form's values
     * when the task is opened, before the claim, so the form shows these from the first look.
     * Nothing is printed or recorded; the claim plans again ({@link #startPacking}) and prints that.
     * Empty when the order is unknown or its lines name products stock keeping does not know.
     *
     * @param changes what a bill revision changed; null for the first packing
     */
    @Transactional(readOnly = true)
    public Optional<PackingPlan> previewPlan(String orderNumber, String changes) {
        return orders.find(orderNumber).filter(order -> stock.problemsWith(StockLines.of(order)).isEmpty())
                .map(order -> plan(order, changes));
    }

    private PackingPlan plan(OrderView order, String changes) {
        List<StockLine> lines = StockLines.of(order);
        // after a bill change the books already follow the new lines: the box holds what was taken
        List<ConsumedBatch> batches = changes == null ? stock.plan(order.number(), lines)
                : stock.packedFor(order.number());
        return new PackingPlan(batches, stock.netWeightGrams(lines));
    }

    /**
     * Checks the weight a packer entered against unit weight × packs of the order's lines: it must
     * be a number of grams above 0 and within {@code orderflow.packing.min-weight-ratio} and
     * {@code max-weight-ratio} of the expected weight.
     *
     * @return the weight in grams, scale 3
     * @throws InvalidInputException naming {@code packedWeightGrams} and the rule it broke
     */
    @Transactional(readOnly = true)
    public BigDecimal checkWeight(String orderNumber, Object packedWeightGrams) {
        BigDecimal weight;
        try {
            weight = packedWeightGrams == null ? null : new BigDecimal(packedWeightGrams.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FIELD_WEIGHT, "must be a number of grams, e.g. 2500 (was '"
                    + packedWeightGrams + "')");
        }
        if (weight == null) {
            throw new InvalidInputException(FIELD_WEIGHT, "is required: weigh the packed box and enter the grams");
        }
        if (weight.signum() <= 0) {
            throw new InvalidInputException(FIELD_WEIGHT, "must be more than 0 g");
        }
        BigDecimal expected = stock.netWeightGrams(StockLines.of(order(orderNumber)));
        if (expected.signum() > 0) {
            BigDecimal low = expected.multiply(properties.minWeightRatio()).setScale(0, RoundingMode.DOWN);
            BigDecimal high = expected.multiply(properties.maxWeightRatio()).setScale(0, RoundingMode.UP);
            if (weight.compareTo(low) < 0 || weight.compareTo(high) > 0) {
                throw new InvalidInputException(FIELD_WEIGHT, "must be between " + PackingSlipPdf.grams(low) + " and "
                        + PackingSlipPdf.grams(high) + " for these items (expected " + PackingSlipPdf.grams(expected)
                        + ", entered " + PackingSlipPdf.grams(weight) + "): weigh the box again");
            }
        }
        return weight.setScale(3, RoundingMode.HALF_UP);
    }

    private static final String FIELD_WEIGHT = "packedWeightGrams";

    /**
     * Records a completed packing: the batches stock keeping took for the order, what the scale read
     * (null for orders packed before weighing was asked) and the packer's own batch note.
     */
    @Transactional
    public void recordPacked(String orderNumber, String packer, BigDecimal packedWeightGrams, String batchNote,
            List<ConsumedBatch> consumed) {
        record(orderNumber, PackingRecord.Kind.PACK, packer, packedWeightGrams, batchNote, consumed);
    }

    /** Records a box changed after a bill revision: what the books now say is in it, and its new weight. */
    @Transactional
    public void recordAdjusted(String orderNumber, String packer, BigDecimal packedWeightGrams, String batchNote) {
        record(orderNumber, PackingRecord.Kind.ADJUST, packer, packedWeightGrams, batchNote,
                stock.packedFor(orderNumber));
    }

    private void record(String orderNumber, PackingRecord.Kind kind, String packer, BigDecimal weight,
            String batchNote, List<ConsumedBatch> consumed) {
        BigDecimal expected = stock.netWeightGrams(StockLines.of(order(orderNumber)));
        String note = batchNote == null || batchNote.isBlank() ? null : truncate(batchNote.trim(), 4000);
        records.save(new PackingRecord(orderNumber, kind, packer, weight, expected, truncate(describe(consumed), 4000),
                note, clock.now()));
        audit.record(packer, kind == PackingRecord.Kind.PACK ? "PACKED" : "PACKING_ADJUSTED", orderNumber,
                (weight == null ? "not weighed" : PackingSlipPdf.grams(weight)) + " (expected "
                        + PackingSlipPdf.grams(expected) + "); " + describe(consumed).replace("\n", "; "));
    }

    /**
     * Sends an order's newest packing slip to the printer again (the printer jammed or was off); an
     * order that has none yet gets one from the current plan, without a packer's name. Packers and
     * admins only.
     */
    @Transactional
    public PackingSlipView printAgain(String orderNumber, CurrentUser user) {
        requirePackingRole(user);
        OrderView order = orders.find(orderNumber).orElseThrow(() -> new NotFoundException("No order " + orderNumber));
        int next = slips.lastSlipNo(orderNumber) + 1;
        PackingSlip slip = slips.findFirstByOrderNumberOrderBySlipNoDesc(orderNumber)
                .map(last -> last.reprint(next, user.id(), clock.now()))
                .orElseGet(() -> {
                    List<StockLine> lines = StockLines.of(order);
                    return new PackingSlip(orderNumber, next, PackingSlip.Kind.REPRINT, null, customerOf(order),
                            itemsOf(order), describe(stock.plan(orderNumber, lines)), stock.netWeightGrams(lines), null,
                            user.id(), clock.now());
                });
        slips.save(slip);
        audit.record(user.id(), "PACKING_SLIP_REPRINTED", orderNumber, "packing slip " + slip.slipNo() + " to the printer");
        printing.printAfterCommit(slip.id());
        return PackingSlipView.of(slip);
    }

    /** An order's packing slips, oldest first. */
    @Transactional(readOnly = true)
    public List<PackingSlipView> slipsOf(String orderNumber, CurrentUser user) {
        requirePackingRole(user);
        return slips.findByOrderNumberOrderBySlipNoAsc(orderNumber).stream().map(PackingSlipView::of).toList();
    }

    /** An order's completed packings, oldest first. */
    @Transactional(readOnly = true)
    public List<PackingRecordView> recordsOf(String orderNumber) {
        return records.findByOrderNumberOrderByPackedAtAscIdAsc(orderNumber).stream().map(PackingRecordView::of)
                .toList();
    }

    static void requirePackingRole(CurrentUser user) {
        if (!user.hasRole(Roles.PACKER) && !user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only packers and admins work the packing board");
        }
    }

    /** The order a process runs for, in one query; a missing one is a broken process, not a user error. */
    private OrderView order(String orderNumber) {
        return orders.find(orderNumber).orElseThrow(() -> new IllegalStateException("No order " + orderNumber));
    }

    private static String customerOf(OrderView order) {
        var c = order.customer();
        String where = c.locality() == null ? "" : ", " + c.locality();
        String when = order.deliveryDate() == null ? "" : " - deliver on " + order.deliveryDate();
        return truncate(c.name() + where + when, 300);
    }

    private static String itemsOf(OrderView order) {
        return truncate(order.lines().stream()
                .map(l -> l.product() + (l.size() == null ? "" : " " + l.size()) + " × " + l.quantity())
                .collect(Collectors.joining("\n")), 4000);
    }

    /** "Kaju Katli 1 kg: batch B7, exp 2026-12-01 × 2", one line per batch. */
    static String describe(List<ConsumedBatch> batches) {
        List<String> lines = new ArrayList<>();
        for (ConsumedBatch b : batches) {
            lines.add(b.product() + " " + b.size() + ": batch " + b.batchNumber() + ", exp " + b.expiryDate() + " × "
                    + b.quantity());
        }
        return lines.isEmpty() ? "(no stock found for these items)" : String.join("\n", lines);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The steps of the jewelry processes, one method per kind of step, called by their delegates with
 * the order's id and who acted. Each step checks its input (naming the field and the rule), writes
 * the order and an audit entry; a broken rule fails the task completion and nothing is kept.
 */
@Service
public class JewelryWork {
    private final JewelryOrders orders;
    private final JewelryStones stones;
    private final JewelrySamples samples;
    private final JewelryBillLines billLines;
    private final Karigars karigars;
    private final Branches branches;
    private final MetalRates rates;
    private final JewelryNumbers numbers;
    private final JewelryMessages messages;
    private final JewelryTimers timers;
    private final ShopClock clock;
    private final AuditLog audit;

    JewelryWork(JewelryOrders orders, JewelryStones stones, JewelrySamples samples, JewelryBillLines billLines,
            Karigars karigars, Branches branches, MetalRates rates, JewelryNumbers numbers, JewelryMessages messages,
            JewelryTimers timers, ShopClock clock, AuditLog audit) {
        this.orders = orders;
        this.stones = stones;
        this.samples = samples;
        this.billLines = billLines;
        this.karigars = karigars;
        this.branches = branches;
        this.rates = rates;
        this.numbers = numbers;
        this.messages = messages;
        this.timers = timers;
        this.clock = clock;
        this.audit = audit;
    }

    /** What came back from the karigar, against what was ordered (J5). */
    public record Receipt(BigDecimal differenceGrams, double differencePercent, boolean withinOrderTolerance) {
        /** "0.900 g (2.81%)" for people; the table reads the unrounded {@link #differencePercent()}. */
        public String shown() {
            return differenceGrams.toPlainString() + " g ("
                    + BigDecimal.valueOf(differencePercent).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%)";
        }
    }

    /** An order for the engine's adapters (no user, no permission check); empty when there is none. */
    @Transactional(readOnly = true)
    public java.util.Optional<JewelrySummary> find(String number) {
        return orders.findByNumber(number).map(o -> JewelrySummary.of(o, clock.today()));
    }

    /** A karigar the assignment table may suggest, with the pieces he has open (assigned or at work). */
    public record SkilledKarigar(String id, long openPieces) {
    }

    /**
     * The inputs of the assignment table (dmn/karigar-assignment.dmn) from the karigar master: among
     * the active karigars whose skills have the category and whose metals have the metal, the one
     * with the fewest open pieces; on a tie a specialist (fewer skills) before a generalist, then by
     * id. Empty when nobody in the master makes it.
     */
    @Transactional(readOnly = true)
    public Optional<SkilledKarigar> skilledKarigar(String category, String metal) {
        Metal wanted = Arrays.stream(Metal.values()).filter(m -> m.name().equals(metal)).findFirst().orElse(null);
        if (category == null || wanted == null) {
            return Optional.empty();
        }
        record Candidate(Karigar karigar, long openPieces) {
        }
        return karigars.findAll().stream().filter(k -> k.makes(category, wanted))
                .map(k -> new Candidate(k, orders.countByKarigarIdAndStateIn(k.id(), JewelryState.AT_KARIGAR)))
                .min(Comparator.comparingLong(Candidate::openPieces)
                        .thenComparingInt(c -> c.karigar().skills().size())
                        .thenComparing(c -> c.karigar().id()))
                .map(c -> new SkilledKarigar(c.karigar().id(), c.openPieces()));
    }

    /** An active karigar of the master (the table may name one who left). */
    @Transactional(readOnly = true)
    public boolean knownKarigar(String karigarId) {
        return karigarId != null && !karigarId.isBlank() && karigars.findById(karigarId).filter(Karigar::active).isPresent();
    }

    @Transactional
    public void assign(long orderId, String karigarId, String actor) {
        if (!knownKarigar(karigarId)) {
            throw new InvalidInputException("karigarId", "must be an active karigar of the master, not '" + karigarId + "'");
        }
        JewelryOrder order = load(orderId);
        order.assign(karigarId, actor, clock.now());
        audit.record(actor, "KARIGAR_ASSIGNED", order.number(), karigarId);
    }

    /** Metal, stones and samples handed to the karigar: every sample at the shop is now in his custody. */
    @Transactional
    public void issue(long orderId, BigDecimal metalGrams, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        JewelryIntake.grams(problems, "issuedMetalGrams", metalGrams, false);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        JewelryOrder order = load(orderId);
        order.issued(Weights.grams(metalGrams), clock.now());
        List<String> handed = new ArrayList<>();
        for (JewelrySample sample : samples.findByOrderIdAndStateOrderByIdAsc(orderId, SampleState.AT_SHOP)) {
            sample.issueTo(order.karigarId(), actor, clock.now());
            handed.add(sample.kind() + " sample " + sample.description());
        }
        audit.record(actor, "ISSUED_TO_KARIGAR", order.number(), order.karigarId() + ": metal "
                + Weights.show(order.issuedMetalGrams()) + (handed.isEmpty() ? "" : "; " + String.join("; ", handed)));
    }

    /** A custom piece back from the karigar: gross and net weight, the difference from the target kept apart. */
    @Transactional
    public Receipt receive(long orderId, BigDecimal gross, BigDecimal net, boolean samplesReturned,
            Integer customerStonesReturned, String actor) {
        JewelryOrder order = load(orderId);
        List<FieldProblem> problems = new ArrayList<>();
        JewelryIntake.grams(problems, "grossGrams", gross, true);
        JewelryIntake.grams(problems, "netGrams", net, true);
        if (problems.isEmpty() && net.compareTo(gross) > 0) {
            problems.add(new FieldProblem("netGrams", "must not be more than the gross weight " + Weights.show(gross)));
        }
        List<JewelryStone> customerStones = stones.findByOrderIdOrderByIdAsc(orderId).stream()
                .filter(s -> s.owner() == StoneOwner.CUSTOMER).toList();
        int given = customerStones.stream().mapToInt(JewelryStone::count).sum();
        int back = customerStonesReturned == null ? 0 : customerStonesReturned;
        if (back < 0 || back > given) {
            problems.add(new FieldProblem("customerStonesReturned", "must be between 0 and the " + given
                    + " customer stones given"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal difference = Weights.grams(net).subtract(order.targetGrams());
        order.received(Weights.grams(gross), Weights.grams(net), difference, null, clock.now());
        int left = back;
        for (JewelryStone stone : customerStones) {
            int returned = Math.min(left, stone.count());
            stone.returned(returned);
            left -= returned;
        }
        if (samplesReturned) {
            returnSamples(order, actor, "returned with the piece");
        }
        // unrounded (16 digits) for the table: rounded to 2 decimals, 2.004% would pass a [-2..2] rule
        double percent = difference.multiply(BigDecimal.valueOf(100)).divide(order.targetGrams(), MathContext.DECIMAL64)
                .doubleValue();
        boolean within = difference.abs().compareTo(order.toleranceGrams()) <= 0;
        Receipt receipt = new Receipt(difference, percent, within);
        audit.record(actor, "RECEIVED_FROM_KARIGAR", order.number(), "gross " + Weights.show(order.receivedGrossGrams())
                + ", net " + Weights.show(order.receivedNetGrams()) + ", difference " + receipt.shown()
                + (given > 0 ? ", customer stones back " + back + "/" + given : ""));
        return receipt;
    }

    /** A repaired item back: its weight now, the labour and any stone the karigar added (J9). */
    @Transactional
    public BigDecimal receiveRepair(long orderId, BigDecimal gross, BigDecimal labour, NewJewelryOrder.NewStone added,
            boolean samplesReturned, String actor) {
        JewelryOrder order = load(orderId);
        List<FieldProblem> problems = new ArrayList<>();
        JewelryIntake.grams(problems, "grossGrams", gross, true);
        JewelryIntake.rupees(problems, "labourRupees", labour);
        if (added != null) {
            JewelryIntake.checkStone(problems, "addedStone", added);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal addedGrams = Weights.grams(gross).subtract(order.itemGrossGrams());
        order.received(Weights.grams(gross), Weights.grams(gross), addedGrams,
                labour == null ? null : Weights.rupees(labour), clock.now());
        // each receipt states what the item carries now: a rework's receipt replaces the stone an
        // earlier receipt recorded rather than adding (and billing) it a second time
        stones.findByOrderIdOrderByIdAsc(orderId).stream().filter(JewelryStone::addedAtKarigar).forEach(stones::delete);
        if (added != null) {
            stones.save(new JewelryStone(orderId, StoneOwner.SHOP, added.description(), added.count(), added.grams(),
                    added.price(), true));
        }
        if (samplesReturned) {
            returnSamples(order, actor, "returned with the repair");
        }
        audit.record(actor, "REPAIR_RECEIVED", order.number(), "weight " + Weights.show(order.receivedGrossGrams())
                + " (was " + Weights.show(order.itemGrossGrams()) + ", added " + addedGrams.toPlainString() + " g)"
                + (added == null ? "" : ", stone added: " + added.count() + " x " + added.description()));
        return addedGrams;
    }

    /** Back to the karigar: weight not approved, or the quality check failed. */
    @Transactional
    public void sendBack(long orderId, String reason, String actor) {
        JewelryOrder order = load(orderId);
        order.backToKarigar(clock.now());
        audit.record(actor, "SENT_BACK_TO_KARIGAR", order.number(), reason == null ? "rework" : reason);
    }

    /** The order manager chased an overdue karigar and agreed a new date; returns the new timer variables. */
    @Transactional
    public Map<String, Object> newDueDate(long orderId, String date, String actor) {
        LocalDate due;
        try {
            due = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("newDueDate", "must be a date like 2026-03-15");
        }
        if (due.isBefore(clock.today())) {
            throw new InvalidInputException("newDueDate", "must be today or later (" + clock.today() + ")");
        }
        JewelryOrder order = load(orderId);
        LocalDate before = order.dueDate();
        order.newDueDate(due);
        audit.record(actor, "DUE_DATE_MOVED", order.number(), before + " → " + due);
        return timers.variables(due);
    }

    @Transactional
    public String tag(long orderId, String actor) {
        JewelryOrder order = load(orderId);
        if (order.tagNumber() == null) {
            order.tagged(numbers.nextTag(), clock.now());
            audit.record(actor, "PIECE_TAGGED", order.number(), order.tagNumber());
        }
        return order.tagNumber();
    }

    @Transactional
    public void inTransit(long orderId, String actor) {
        JewelryOrder order = load(orderId);
        order.moveTo(JewelryState.IN_TRANSIT, clock.now());
        audit.record(actor, "SENT_TO_BRANCH", order.number(), order.branchCode() + " / " + order.counterName());
    }

    /** At the counter: the customer is told (J8). */
    @Transactional
    public void ready(long orderId, String actor) {
        JewelryOrder order = load(orderId);
        order.ready(clock.now());
        messages.tellReady(order, branchName(order), actor);
        audit.record(actor, "READY_AT_COUNTER", order.number(), order.branchCode() + " / " + order.counterName());
    }

    @Transactional
    public void followUp(long orderId) {
        JewelryOrder order = load(orderId);
        messages.followUp(order, branchName(order));
        audit.record("system", "CUSTOMER_FOLLOWED_UP", order.number(), "ready since " + order.readyAt());
    }

    /**
     * The day-before reminder to the karigar (J7): once per due date, and only before that date. The
     * reminder timer is re-armed whenever the piece goes back to the karigar (rework, a new date),
     * and a timer whose time has passed fires at once; without this rule the karigar would be told
     * "due tomorrow" again after each rework, or on the due day itself.
     *
     * @param remindedFor the due date a reminder was already sent for, or null
     * @return the due date this order's karigar has now been reminded of (unchanged when nothing was sent)
     */
    @Transactional
    public String remindKarigar(long orderId, String remindedFor) {
        JewelryOrder order = load(orderId);
        String due = order.dueDate().toString();
        if (due.equals(remindedFor) || !clock.today().isBefore(order.dueDate())) {
            return remindedFor;
        }
        Karigar karigar = karigars.findById(order.karigarId()).orElseThrow();
        boolean sent = messages.remindKarigar(order, karigar);
        audit.record("system", "KARIGAR_REMINDED", order.number(), karigar.id() + (sent ? "" : ": no phone recorded"));
        return due;
    }

    /**
     * The exact bill at handover (J8, J9) at the day's rate of the order's metal and purity. Refused,
     * with the reason, when the order manager has not entered that rate for today.
     */
    @Transactional
    public HandoverBill bill(long orderId, String actor) {
        JewelryOrder order = load(orderId);
        if (order.billTotal() != null) {
            throw new ConflictException(order.number() + " is billed already");
        }
        LocalDate today = clock.today();
        List<StoneView> stoneViews = stones.findByOrderIdOrderByIdAsc(orderId).stream().map(JewelryStone::toView).toList();
        boolean needsRate = order.kind() == JewelryKind.CUSTOM
                || HandoverBill.addedMetal(order.weightDifferenceGrams(), stoneViews).signum() > 0;
        BigDecimal rate = needsRate ? rates.findByDateAndMetalAndPurity(today, order.metal(), order.purity())
                .map(MetalRate::rupeesPerGram)
                .orElseThrow(() -> new ConflictException("No " + order.metal() + " " + order.purity() + " rate for " + today
                        + ": the order manager enters today's rate before " + order.number() + " can be handed over"))
                : null;
        String rateLabel = "(" + order.metal() + " " + order.purity() + ", " + today + ")";
        HandoverBill bill = order.kind() == JewelryKind.CUSTOM
                ? HandoverBill.custom(order.targetGrams(), order.receivedNetGrams(), rate, rateLabel, order.makingPerGram(),
                        order.makingFlat(), stoneViews, order.advance())
                : HandoverBill.repair(order.weightDifferenceGrams(), rate == null ? BigDecimal.ZERO : rate, rateLabel,
                        order.labour(), stoneViews, order.advance());
        for (int i = 0; i < bill.lines().size(); i++) {
            billLines.save(new JewelryBillLine(orderId, i + 1, bill.lines().get(i)));
        }
        order.billed(needsRate ? today : null, rate, bill.balance(), actor, clock.now());
        audit.record(actor, "JEWELRY_HANDED_OVER", order.number(), bill.settlement());
        return bill;
    }

    @Transactional(readOnly = true)
    public long samplesWithKarigar(long orderId) {
        return samples.findByOrderIdAndStateOrderByIdAsc(orderId, SampleState.WITH_KARIGAR).size();
    }

    /** The order manager accounts for every sample still out: returned after all, or lost with a note. */
    @Transactional
    public void accountForSamples(long orderId, String outcome, String note, String actor) {
        boolean lost = "lost".equals(outcome);
        if (!lost && !"returned".equals(outcome)) {
            throw new InvalidInputException("sampleOutcome", "must be returned or lost");
        }
        if (lost && (note == null || note.isBlank())) {
            throw new InvalidInputException("sampleNote", "is required for a lost sample: what happened, who answers for it");
        }
        JewelryOrder order = load(orderId);
        for (JewelrySample sample : samples.findByOrderIdAndStateOrderByIdAsc(orderId, SampleState.WITH_KARIGAR)) {
            if (lost) {
                sample.lost(actor, clock.now(), note.strip());
            } else {
                sample.returned(actor, clock.now(), note == null || note.isBlank() ? null : note.strip());
            }
            audit.record(actor, lost ? "SAMPLE_LOST_ACCOUNTED" : "SAMPLE_RETURNED", order.number(),
                    sample.kind() + " sample: " + sample.description() + (note == null ? "" : " — " + note.strip()));
        }
    }

    private void returnSamples(JewelryOrder order, String actor, String note) {
        for (JewelrySample sample : samples.findByOrderIdAndStateOrderByIdAsc(order.id(), SampleState.WITH_KARIGAR)) {
            sample.returned(actor, clock.now(), note);
            audit.record(actor, "SAMPLE_RETURNED", order.number(), sample.kind() + " sample: " + sample.description());
        }
    }

    /** The order's branch as its customer reads it, in the customer's language. */
    private String branchName(JewelryOrder order) {
        return branches.findById(order.branchCode()).map(b -> b.name(order.customerLanguage())).orElse(order.branchCode());
    }

    private JewelryOrder load(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new IllegalStateException("No jewelry order " + orderId));
    }
}

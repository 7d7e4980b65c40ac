package com.orderflow.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.delivery.DeliveryPermissions.Action;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The delivery boys' cash at day end (issue 12): for each shop day (in the shop's zone), what each
 * boy's delivered stops collected in cash and by UPI against what was due, and the cash he handed
 * over to the dispatcher or biller, with a shortfall recorded and flagged. A day's totals are also
 * what a day-end cash-up adds to the counter's.
 */
@Service
public class DeliveryCash {
    static final int MAX_NOTE = 400;
    private static final BigDecimal MOST = new BigDecimal("9999999999.99");

    private final DeliveryStops stops;
    private final DeliveryRuns runs;
    private final CashHandovers handovers;
    private final EngineUsers users;
    private final AuditLog audit;
    private final ShopClock clock;
    private final TransactionTemplate transaction;

    DeliveryCash(DeliveryStops stops, DeliveryRuns runs, CashHandovers handovers, EngineUsers users, AuditLog audit,
            ShopClock clock, PlatformTransactionManager transactions) {
        this.stops = stops;
        this.runs = runs;
        this.handovers = handovers;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The delivery money of a shop day, every boy's: for a cash-up page, which checks its own readers'
     * role (this method checks none).
     */
    @Transactional(readOnly = true)
    public DeliveryCashDay dayTotals(LocalDate day) {
        var from = clock.at(day, LocalTime.MIDNIGHT).toInstant();
        var to = clock.at(day.plusDays(1), LocalTime.MIDNIGHT).toInstant();
        List<DeliveryStop> delivered = stops
                .findByOutcomeAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByCompletedAtAsc(
                        StopOutcome.DELIVERED, from, to);
        Map<Long, String> boyOfRun = runs.findAllById(delivered.stream().map(DeliveryStop::runId).distinct().toList())
                .stream().filter(run -> run.deliveryBoy() != null)
                .collect(Collectors.toMap(DeliveryRun::number, DeliveryRun::deliveryBoy));
        Map<String, List<DeliveryStop>> byBoy = new TreeMap<>();
        delivered.forEach(stop -> byBoy.computeIfAbsent(boyOfRun.getOrDefault(stop.runId(), stop.completedBy()),
                boy -> new ArrayList<>()).add(stop));
        Map<String, CashHandover> handedOver = handovers.findByBusinessDayOrderByIdAsc(day).stream()
                .collect(Collectors.toMap(CashHandover::deliveryBoy, Function.identity()));
        handedOver.keySet().forEach(boy -> byBoy.computeIfAbsent(boy, b -> new ArrayList<>()));
        List<DeliveryCashDay.BoyCash> boys = new ArrayList<>();
        byBoy.forEach((boy, his) -> {
            List<Collected> collected = his.stream().map(DeliveryStop::collected).filter(Objects::nonNull).toList();
            BigDecimal due = sum(his.stream().map(DeliveryStop::amountDue).filter(Objects::nonNull).toList());
            BigDecimal shortCollected = sum(his.stream().filter(s -> s.amountDue() != null && s.collected() != null)
                    .map(s -> s.amountDue().subtract(s.collected().amount()).max(BigDecimal.ZERO)).toList());
            CashHandover handover = handedOver.get(boy);
            boys.add(new DeliveryCashDay.BoyCash(boy, his.size(), due, sum(collected.stream().map(Collected::cash).toList()),
                    sum(collected.stream().map(Collected::upi).toList()), shortCollected,
                    handover == null ? null : handover.toView()));
        });
        return new DeliveryCashDay(day, boys);
    }

    /** The delivery money of a shop day, for the hand-over page (dispatchers and billers). */
    @Transactional(readOnly = true)
    public DeliveryCashDay day(LocalDate day, CurrentUser user) {
        DeliveryPermissions.check(user, Action.HANDLE_CASH);
        return dayTotals(day);
    }

    /** Whether the user may take the delivery boys' cash (pages offer the hand-over form). */
    public boolean mayHandleCash(CurrentUser user) {
        return DeliveryPermissions.allows(user, Action.HANDLE_CASH);
    }

    /**
     * Records the cash a delivery boy handed over for a shop day, counted against what his stops
     * delivered that day collected in cash. Less than that is a shortfall: it needs a note saying why,
     * and is written to the audit. Once per boy and day.
     *
     * @throws InvalidInputException naming day, deliveryBoy, handedOver or note; nothing is stored
     * @throws ConflictException when his hand-over of that day was recorded already
     */
    public DeliveryCashDay.Handover handOver(LocalDate day, String deliveryBoy, BigDecimal handedOver, String note,
            CurrentUser user) {
        DeliveryPermissions.check(user, Action.HANDLE_CASH);
        List<FieldProblem> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new FieldProblem("day", "is required: the shop day the cash was collected"));
        } else if (day.isAfter(clock.today())) {
            problems.add(new FieldProblem("day", "must not be after today (" + clock.today() + ")"));
        }
        String boy = deliveryBoy == null ? "" : deliveryBoy.trim();
        if (!users.isDeliveryBoy(boy)) {
            problems.add(new FieldProblem("deliveryBoy", "must be the user id of a delivery boy"));
        }
        if (handedOver == null || handedOver.signum() < 0) {
            problems.add(new FieldProblem("handedOver", "must be the rupees handed over, zero or more"));
        } else if (handedOver.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("handedOver", "must be in rupees with at most 2 decimals (paise)"));
        } else if (handedOver.compareTo(MOST) > 0) {
            problems.add(new FieldProblem("handedOver", "must be at most " + Rupees.format(MOST)));
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "must be at most " + MAX_NOTE + " characters"));
        } else if (why != null && why.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("note", "must be plain text, without control characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return transaction.execute(status -> record(day, boy, handedOver.setScale(2), why, user));
        } catch (DataIntegrityViolationException recordedAtTheSameMoment) {
            throw alreadyRecorded(day, boy);
        }
    }

    private DeliveryCashDay.Handover record(LocalDate day, String boy, BigDecimal handedOver, String note,
            CurrentUser user) {
        if (handovers.findByBusinessDayAndDeliveryBoy(day, boy).isPresent()) {
            throw alreadyRecorded(day, boy);
        }
        BigDecimal expected = dayTotals(day).boys().stream().filter(b -> b.deliveryBoy().equals(boy))
                .map(DeliveryCashDay.BoyCash::cashCollected).findFirst().orElse(BigDecimal.ZERO.setScale(2));
        BigDecimal shortBy = expected.subtract(handedOver);
        if (shortBy.signum() > 0 && (note == null || note.length() < 3)) {
            throw new InvalidInputException("note", "must say why the cash is " + Rupees.format(shortBy)
                    + " short (at least 3 characters)");
        }
        CashHandover handover = handovers.saveAndFlush(new CashHandover(day, boy, expected, handedOver, note, user.id(),
                clock.now()));
        audit.record(user.id(), shortBy.signum() > 0 ? "CASH_HANDOVER_SHORT" : "CASH_HANDED_OVER", null, boy + ", " + day
                + ": " + Rupees.format(handedOver) + " handed over of " + Rupees.format(expected) + " collected in cash"
                + (shortBy.signum() > 0 ? ", short by " + Rupees.format(shortBy) : "")
                + (shortBy.signum() < 0 ? ", " + Rupees.format(shortBy.negate()) + " more" : "")
                + (note == null ? "" : ": " + note));
        return handover.toView();
    }

    private static ConflictException alreadyRecorded(LocalDate day, String boy) {
        return new ConflictException("The cash " + boy + " collected on " + day + " was handed over already");
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}

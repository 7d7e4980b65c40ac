package com.orderflow.jewelry;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Jewelry orders as the counters and the head office see them (J1, J2): intake, the order box of
 * every branch, one order in full, the day's metal rates, samples coming back, the piece's tag.
 * Intake writes the order, its stones and samples, its audit entry and starts its process in one
 * transaction: all or nothing.
 */
@Service
@EnableConfigurationProperties(JewelrySettings.class)
public class JewelryService {
    private final JewelryOrders orders;
    private final JewelryStones stones;
    private final JewelrySamples samples;
    private final JewelryPhotos photos;
    private final JewelryBillLines billLines;
    private final Branches branches;
    private final Karigars karigars;
    private final MetalRates rates;
    private final JewelryNumbers numbers;
    private final JewelryTimers timers;
    private final RuntimeService runtime;
    private final ShopClock clock;
    private final AuditLog audit;

    JewelryService(JewelryOrders orders, JewelryStones stones, JewelrySamples samples, JewelryPhotos photos,
            JewelryBillLines billLines, Branches branches, Karigars karigars, MetalRates rates, JewelryNumbers numbers,
            JewelryTimers timers, RuntimeService runtime, ShopClock clock, AuditLog audit) {
        this.orders = orders;
        this.stones = stones;
        this.samples = samples;
        this.photos = photos;
        this.billLines = billLines;
        this.branches = branches;
        this.karigars = karigars;
        this.rates = rates;
        this.numbers = numbers;
        this.timers = timers;
        this.runtime = runtime;
        this.clock = clock;
        this.audit = audit;
    }

    /** Takes a custom or repair order at a counter and starts its process (J1, J9). */
    @Transactional
    public JewelryOrderView take(NewJewelryOrder request, CurrentUser user) {
        JewelryAccess.mayTake(user);
        JewelryIntake.Checked checked = JewelryIntake.check(request, branches(), clock.today());
        JewelryOrder order = orders.save(new JewelryOrder(numbers.nextOrderNumber(checked.kind()), checked, user.id(),
                clock.now()));
        for (NewJewelryOrder.NewStone s : request.stones() == null ? List.<NewJewelryOrder.NewStone>of() : request.stones()) {
            stones.save(new JewelryStone(order.id(), s.owner(), s.description(), s.count(), s.grams(), s.price(), false));
        }
        List<String> sampleNotes = new ArrayList<>();
        for (NewJewelryOrder.NewSample s : request.samples() == null ? List.<NewJewelryOrder.NewSample>of() : request.samples()) {
            samples.save(new JewelrySample(order.id(), s.kind(), s.description(), user.id()));
            sampleNotes.add(s.kind() + " sample: " + s.description().strip());
        }
        audit.record(user.id(), "JEWELRY_ORDER_TAKEN", order.number(), order.kind() + " " + JewelryMessages.describe(order)
                + ", due " + order.dueDate() + ", " + order.branchCode() + "/" + order.counterName());
        runtime.startProcessInstanceByKey(order.kind() == JewelryKind.CUSTOM ? KEY : REPAIR_KEY, order.number(),
                processVariables(order, sampleNotes.isEmpty() ? "none" : String.join("; ", sampleNotes)));
        return view(order);
    }

    private Map<String, Object> processVariables(JewelryOrder order, String samplesNote) {
        Map<String, Object> variables = new HashMap<>(timers.variables(order));
        variables.put(VAR_SAMPLES_NOTE, samplesNote);
        variables.put(VAR_ORDER_ID, order.id());
        variables.put(VAR_ORDER_NUMBER, order.number());
        variables.put(VAR_CUSTOMER_NAME, order.customerName());
        variables.put(VAR_SUMMARY, summary(order));
        variables.put(VAR_CATEGORY, order.category());
        variables.put(VAR_METAL, order.metal().name());
        variables.put(VAR_FROM_SHOP_ITEM, order.designSource() == DesignSource.SHOP_ITEM);
        return variables;
    }

    static String summary(JewelryOrder order) {
        StringBuilder s = new StringBuilder(JewelryMessages.describe(order));
        if (order.toleranceGrams() != null) {
            s.append(" ±").append(Weights.show(order.toleranceGrams()));
        }
        if (order.size() != null) {
            s.append(", size ").append(order.size());
        }
        if (order.itemGrossGrams() != null) {
            s.append(", item as received ").append(Weights.show(order.itemGrossGrams()));
        }
        return s.append("; due ").append(order.dueDate()).append("; ").append(order.branchCode()).append(" / ")
                .append(order.counterName()).toString();
    }

    @Transactional(readOnly = true)
    public JewelryOrderView get(String number, CurrentUser user) {
        JewelryAccess.mayView(user);
        return view(load(number));
    }

    /** The order box: every branch's orders (J2), newest first, narrowed by the filter. */
    @Transactional(readOnly = true)
    public List<JewelrySummary> box(JewelryFilter filter, CurrentUser user) {
        JewelryAccess.mayView(user);
        Specification<JewelryOrder> spec = (root, query, cb) -> cb.conjunction();
        if (filter.branch() != null && !filter.branch().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("branchCode"), filter.branch()));
        }
        if (filter.state() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        if (filter.karigarId() != null && !filter.karigarId().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("karigarId"), filter.karigarId()));
        }
        if (filter.kind() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), filter.kind()));
        }
        LocalDate today = clock.today();
        return orders.findAll(spec, Sort.by(Sort.Direction.DESC, "id")).stream().limit(500)
                .map(o -> JewelrySummary.of(o, today)).toList();
    }

    @Transactional(readOnly = true)
    public List<BranchView> branches() {
        return branches.findAllByOrderByHeadOfficeDescNameAsc().stream().map(Branch::toView).toList();
    }

    /**
     * {@link #setRate} from the rate form's text: a metal that is not one or an amount that is not a
     * number is refused with its field named (after the role check), and nothing is saved.
     */
    @Transactional
    public RateView setRateAsTyped(LocalDate date, String metal, String purity, String rupeesPerGram, CurrentUser user) {
        JewelryAccess.mayKeepMasters(user);
        List<FieldProblem> problems = new ArrayList<>();
        Metal chosen = null;
        if (metal != null && !metal.isBlank()) {
            try {
                chosen = Metal.valueOf(metal.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("metal", "is not one of " + List.of(Metal.values())));
            }
        }
        BigDecimal rate = null;
        if (rupeesPerGram != null && !rupeesPerGram.isBlank()) {
            try {
                rate = new BigDecimal(rupeesPerGram.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("rupeesPerGram", "must be a number (rupees per gram), not '"
                        + rupeesPerGram.strip() + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return setRate(date, chosen, purity, rate, user);
    }

    /** Records (or corrects) a day's rate of a metal and purity, rupees per gram. Order manager. */
    @Transactional
    public RateView setRate(LocalDate date, Metal metal, String purity, BigDecimal rupeesPerGram, CurrentUser user) {
        JewelryAccess.mayKeepMasters(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(new FieldProblem("date", "is required"));
        }
        if (metal == null) {
            problems.add(new FieldProblem("metal", "is required"));
        } else if (purity == null || !metal.purities().contains(purity)) {
            problems.add(new FieldProblem("purity", "must be one of " + metal.purities() + " for " + metal));
        }
        if (rupeesPerGram == null || rupeesPerGram.signum() <= 0) {
            problems.add(new FieldProblem("rupeesPerGram", "must be more than 0"));
        } else if (Weights.tooPrecise(rupeesPerGram, Weights.RUPEE_SCALE)) {
            problems.add(new FieldProblem("rupeesPerGram", "has more than 2 decimals (paise)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal rate = Weights.rupees(rupeesPerGram);
        MetalRate row = rates.findByDateAndMetalAndPurity(date, metal, purity).orElse(null);
        if (row == null) {
            row = rates.save(new MetalRate(date, metal, purity, rate, user.id(), clock.now()));
        } else {
            row.change(rate, user.id(), clock.now());
        }
        audit.record(user.id(), "METAL_RATE_SET", null, date + " " + metal + " " + purity + " Rs." + rate + "/g");
        return row.toView();
    }

    /** Whether the user may enter the day's metal rates (and keep karigars): for the pages to offer the form. */
    public boolean mayKeepMasters(CurrentUser user) {
        return JewelryAccess.keepsMasters(user);
    }

    /** Whether the user's role takes orders at a counter (the karigar desk does not: it is not offered the intake form). */
    public boolean mayTake(CurrentUser user) {
        return JewelryAccess.takesOrders(user);
    }

    @Transactional(readOnly = true)
    public List<RateView> rates(LocalDate date) {
        return rates.findByDateOrderByMetalAscPurityAsc(date).stream().map(MetalRate::toView).toList();
    }

    /** A sample came back from the karigar (the desk records it as it arrives). */
    @Transactional
    public JewelryOrderView returnSample(String number, long sampleId, String note, CurrentUser user) {
        JewelryAccess.mayHandleSamples(user);
        JewelryOrder order = load(number);
        JewelrySample sample = samples.findById(sampleId).filter(s -> s.orderId() == order.id())
                .orElseThrow(() -> new NotFoundException("No sample " + sampleId + " on " + number));
        if (sample.state() != SampleState.WITH_KARIGAR) {
            throw new ConflictException("Sample " + sampleId + " is " + sample.state() + ", not with a karigar");
        }
        sample.returned(user.id(), clock.now(), note == null || note.isBlank() ? null : note.strip());
        audit.record(user.id(), "SAMPLE_RETURNED", number, sample.kind() + " sample: " + sample.description());
        return view(order);
    }

    /** The piece's Code 128 tag as PNG (J6). */
    @Transactional(readOnly = true)
    public byte[] tagPng(String number, CurrentUser user) {
        JewelryOrderView order = get(number, user);
        if (order.tagContent() == null) {
            throw new NotFoundException(number + " has no tag yet: it is tagged after the quality check");
        }
        return JewelryTags.png(order.tagContent());
    }

    JewelryOrder load(String number) {
        return orders.findByNumber(number == null ? "" : number.strip())
                .orElseThrow(() -> new NotFoundException("No jewelry order " + number));
    }

    JewelryOrderView view(JewelryOrder order) {
        String karigarName = order.karigarId() == null ? null
                : karigars.findById(order.karigarId()).map(Karigar::name).orElse(order.karigarId());
        List<StoneView> stoneViews = stones.findByOrderIdOrderByIdAsc(order.id()).stream().map(JewelryStone::toView).toList();
        HandoverBill bill = null;
        if (order.billTotal() != null) {
            List<HandoverBill.Line> lines = billLines.findByOrderIdOrderByLineNoAsc(order.id()).stream()
                    .map(JewelryBillLine::toLine).toList();
            bill = HandoverBill.of(lines, order.advance());
        }
        return JewelryOrderView.of(order, karigarName, stoneViews,
                samples.findByOrderIdOrderByIdAsc(order.id()).stream().map(JewelrySample::toView).toList(),
                photos.findByOrderIdOrderByIdAsc(order.id()).stream().map(JewelryPhoto::id).toList(), bill);
    }
}

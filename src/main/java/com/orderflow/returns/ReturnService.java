package com.orderflow.returns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.billing.BillingService;
import com.orderflow.inventory.ReturnedGoods;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.returns.process.ReturnsProcess;

/**
 * Returns as staff handle them (K9, S5): opened by Customer Care for a complaint after delivery or
 * by the delivery boy's "returned" at the door, each starting its own returns process; read by
 * everyone in the shop but delivery boys. Every method does all it should or nothing, audited.
 */
@Service
public class ReturnService {
    private static final int MAX_NOTES = 1000;
    private static final int MAX_LINES = 100;

    private final ReturnCases returns;
    private final ReturnNumbers numbers;
    private final ReturnPhotos photos;
    private final ReturnSteps steps;
    private final OrderService orders;
    private final OrderLifecycle lifecycle;
    private final ReturnedGoods goods;
    private final BillingService billing;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final ShopClock clock;

    ReturnService(ReturnCases returns, ReturnNumbers numbers, ReturnPhotos photos, ReturnSteps steps,
            OrderService orders, OrderLifecycle lifecycle, ReturnedGoods goods, BillingService billing,
            RuntimeService runtime, AuditLog audit, ShopClock clock) {
        this.returns = returns;
        this.numbers = numbers;
        this.photos = photos;
        this.steps = steps;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.goods = goods;
        this.billing = billing;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** A photo as the page or API received it; null bytes for none. */
    public record Photo(byte[] bytes, String type) {
    }

    /**
     * Opens a return for a delivered order: some or all pieces of its lines, never more than were
     * delivered less what earlier returns took back (rejected ones too: their packs came back into
     * Return stock all the same), with an optional photo (JPEG, PNG or WebP, checked by its bytes).
     * Starts the returns process in the same transaction. Opens for one order are checked one at a
     * time (under the order's money lock, see {@link BillingService#lockOrder}), so two at once never
     * take back more than was delivered.
     *
     * @param photo the photo's bytes, or null
     * @throws InvalidInputException naming every bad field (orderNumber, reason, notes, lines[i].sku,
     *         lines[i].quantity, photo); nothing is stored
     * @throws ConflictException when the order is not delivered
     */
    @Transactional
    public ReturnView open(NewReturn request, byte[] photo, CurrentUser user) {
        ReturnPermissions.checkOpen(user);
        if (request == null || request.orderNumber() == null || request.orderNumber().isBlank()) {
            throw new InvalidInputException("orderNumber", "must name the delivered order (KO-…)");
        }
        String orderNumber = request.orderNumber().strip().toUpperCase(Locale.ROOT);
        // before reading the earlier returns: the loser of two opens at once sees the winner's pieces
        billing.lockOrder(orderNumber);
        OrderView order = orders.get(orderNumber, user);
        if (order.status() != OrderStatus.DELIVERED) {
            throw new ConflictException("Order " + orderNumber + " is " + order.status() + "; Customer Care opens a "
                    + "return only for a delivered order (goods refused at the door come back with the delivery boy)");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ReturnReason reason = reason(request.reason(), problems);
        String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add(new FieldProblem("notes", "must be at most " + MAX_NOTES + " characters"));
        }
        Map<String, Integer> wanted = checkedLines(order, request.lines(), problems);
        if (photo != null) {
            try {
                photos.check(new ReturnPhotos.Upload(photo, "photo"));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReturnCase opened = new ReturnCase(numbers.next(), orderNumber, order.customer().phone(),
                ReturnSource.CUSTOMER_CARE, reason, notes, user.id(), clock.now());
        addLines(opened, order, wanted);
        if (photo != null) {
            ReturnPhotos.Stored stored = photos.store(new ReturnPhotos.Upload(photo, "photo"));
            opened.attachPhoto(stored.file(), stored.type());
        }
        returns.saveAndFlush(opened);
        audit.record(user.id(), "RETURN_OPENED", orderNumber, opened.number() + " by Customer Care, " + reason + ": "
                + describe(opened) + (notes == null ? "" : " (" + notes + ")") + (photo == null ? "" : ", with photo"));
        start(opened);
        return ReturnSteps.view(opened, goods);
    }

    /**
     * The delivery boy brought the whole order back (status RETURNED): a return of every line, its
     * reason read from his words, showing his photo of the goods ({@code photoUrl}, may be null).
     * Runs in the transaction that marks the order returned, so the return exists if and only if
     * that commits; a second call for the same order does nothing.
     */
    @Transactional
    void openForReturnedDelivery(String orderNumber, String reasonText, String photoUrl, String actor) {
        boolean alreadyOpened = returns.findByOrderNumberOrderByIdAsc(orderNumber).stream()
                .anyMatch(r -> r.source() == ReturnSource.DELIVERY);
        if (alreadyOpened) {
            return;
        }
        OrderView order = lifecycle.view(lifecycle.idOf(orderNumber));
        String words = reasonText == null || reasonText.isBlank() ? null : reasonText.strip();
        if (words != null && words.length() > MAX_NOTES) {
            words = words.substring(0, MAX_NOTES);
        }
        ReturnReason reason = ReturnReason.fromText(words);
        ReturnCase opened = new ReturnCase(numbers.next(), orderNumber, order.customer().phone(), ReturnSource.DELIVERY,
                reason, words, actor == null ? "system" : actor, clock.now());
        Map<String, Integer> all = new LinkedHashMap<>();
        order.lines().forEach(l -> all.merge(l.sku(), l.quantity(), Integer::sum));
        addLines(opened, order, all);
        opened.showDeliveryPhoto(photoUrl);
        returns.saveAndFlush(opened);
        audit.record(actor, "RETURN_OPENED", orderNumber, opened.number() + " by the delivery boy, " + reason + ": "
                + describe(opened) + (words == null ? "" : " (" + words + ")") + (photoUrl == null ? "" : ", with his photo"));
        start(opened);
    }

    /** Adds or replaces the photo of an open return; the old file goes once the new one is committed. */
    @Transactional
    public ReturnView attachPhoto(String number, byte[] photo, CurrentUser user) {
        ReturnPermissions.checkOpen(user);
        if (photo == null) {
            throw new InvalidInputException("photo", "must be a JPEG, PNG or WebP photo");
        }
        ReturnCase found = load(number);
        if (found.closedAt() != null) {
            throw new ConflictException("Return " + found.number() + " is closed; its photo no longer changes");
        }
        ReturnPhotos.Stored stored = photos.store(new ReturnPhotos.Upload(photo, "photo"));
        String replaced = found.photoFile();
        found.attachPhoto(stored.file(), stored.type());
        photos.deleteAfterCommit(replaced);
        returns.saveAndFlush(found);
        audit.record(user.id(), "RETURN_PHOTO_ADDED", found.orderNumber(), found.number() + ": " + stored.type());
        return ReturnSteps.view(found, goods);
    }

    /** Returns still open (first) and the latest closed ones. */
    @Transactional(readOnly = true)
    public List<ReturnView> list(boolean includeClosed, CurrentUser user) {
        ReturnPermissions.checkView(user);
        List<ReturnCase> rows = includeClosed ? returns.findTop100ByOrderByIdDesc()
                : returns.findByClosedAtIsNullOrderByIdAsc();
        return rows.stream().map(r -> ReturnSteps.view(r, goods)).toList();
    }

    @Transactional(readOnly = true)
    public ReturnView get(String number, CurrentUser user) {
        ReturnPermissions.checkView(user);
        return ReturnSteps.view(load(number), goods);
    }

    /** A return for the engine's adapters (no user, no permission check); empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<ReturnView> find(String number) {
        return returns.findByNumber(number).map(r -> ReturnSteps.view(r, goods));
    }

    /** The returns of one order, oldest first. */
    @Transactional(readOnly = true)
    public List<ReturnView> ofOrder(String orderNumber, CurrentUser user) {
        ReturnPermissions.checkView(user);
        return returns.findByOrderNumberOrderByIdAsc(orderNumber.strip().toUpperCase(Locale.ROOT)).stream()
                .map(r -> ReturnSteps.view(r, goods)).toList();
    }

    /** The return's photo, for staff who may see returns. */
    @Transactional(readOnly = true)
    public Optional<Photo> photo(String number, CurrentUser user) {
        ReturnPermissions.checkView(user);
        ReturnCase found = load(number);
        if (found.photoFile() == null) {
            return Optional.empty();
        }
        return Optional.of(new Photo(photos.read(found.photoFile()), found.photoType()));
    }

    /**
     * A packer's verdict on one batch of returned packs, from the return page (the inspection task
     * decides the packs left undecided). Restocking is refused for products that may not go back on
     * the counter; audited.
     */
    @Transactional
    public ReturnView inspectPack(String number, long packId, PackOutcome outcome, CurrentUser user) {
        ReturnPermissions.checkInspect(user);
        steps.inspectPack(number, packId, outcome, user.id());
        return ReturnSteps.view(load(number), goods);
    }

    public boolean mayOpen(CurrentUser user) {
        return ReturnPermissions.mayOpen(user);
    }

    public boolean mayInspect(CurrentUser user) {
        return ReturnPermissions.mayInspect(user);
    }

    private void start(ReturnCase opened) {
        runtime.startProcessInstanceByKey(ReturnsProcess.KEY, opened.number(), Variables.createVariables()
                .putValue(ReturnsProcess.VAR_RETURN_NUMBER, opened.number())
                .putValue(ReturnsProcess.VAR_ORDER_NUMBER, opened.orderNumber())
                .putValue(ReturnsProcess.VAR_SOURCE, opened.source().name())
                .putValue(ReturnsProcess.VAR_REASON, opened.reason().name()));
    }

    private Map<String, Integer> checkedLines(OrderView order, List<NewReturn.Line> lines, List<FieldProblem> problems) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        if (lines == null || lines.isEmpty()) {
            problems.add(new FieldProblem("lines", "must list at least one returned item"));
            return wanted;
        }
        if (lines.size() > MAX_LINES) {
            problems.add(new FieldProblem("lines", "must list at most " + MAX_LINES + " items"));
            return wanted;
        }
        Map<String, Integer> delivered = new LinkedHashMap<>();
        order.lines().forEach(l -> delivered.merge(l.sku().toUpperCase(Locale.ROOT), l.quantity(), Integer::sum));
        Map<String, Integer> returnedBefore = new LinkedHashMap<>();
        returns.findByOrderNumberOrderByIdAsc(order.number()).forEach(r -> r.lines()
                .forEach(l -> returnedBefore.merge(l.sku().toUpperCase(Locale.ROOT), l.quantity(), Integer::sum)));
        for (int i = 0; i < lines.size(); i++) {
            NewReturn.Line line = lines.get(i);
            String sku = line == null || line.sku() == null ? "" : line.sku().strip().toUpperCase(Locale.ROOT);
            if (!delivered.containsKey(sku)) {
                problems.add(new FieldProblem("lines[" + i + "].sku", "must be an item of order " + order.number()
                        + ": '" + (line == null ? "" : line.sku()) + "'"));
                continue;
            }
            if (line.quantity() == null || line.quantity() < 1) {
                problems.add(new FieldProblem("lines[" + i + "].quantity", "must be at least 1"));
                continue;
            }
            int left = delivered.get(sku) - returnedBefore.getOrDefault(sku, 0) - wanted.getOrDefault(sku, 0);
            if (line.quantity() > left) {
                problems.add(new FieldProblem("lines[" + i + "].quantity", "must be at most " + Math.max(left, 0)
                        + ": the pieces of " + sku + " delivered (" + delivered.get(sku) + ") less those returned "
                        + "before (" + returnedBefore.getOrDefault(sku, 0) + ")"));
                continue;
            }
            wanted.merge(sku, line.quantity(), Integer::sum);
        }
        return wanted;
    }

    private static void addLines(ReturnCase opened, OrderView order, Map<String, Integer> quantities) {
        quantities.forEach((sku, quantity) -> {
            OrderView.LineView line = order.lines().stream().filter(l -> l.sku().equalsIgnoreCase(sku)).findFirst()
                    .orElseThrow();
            opened.addLine(line.sku(), line.product(), line.size(), quantity);
        });
    }

    private static ReturnReason reason(String value, List<FieldProblem> problems) {
        if (value != null) {
            for (ReturnReason r : ReturnReason.values()) {
                if (r.name().equalsIgnoreCase(value.strip())) {
                    return r;
                }
            }
        }
        problems.add(new FieldProblem("reason", "must be one of " + String.join(", ",
                Arrays.stream(ReturnReason.values()).map(Enum::name).toList())));
        return ReturnReason.OTHER;
    }

    static String describe(ReturnCase r) {
        return String.join(", ", r.lines().stream().map(l -> l.quantity() + " × " + l.productName()
                + (l.size() == null ? "" : " " + l.size())).toList());
    }

    private ReturnCase load(String number) {
        String normal = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return returns.findByNumber(normal).orElseThrow(() -> new NotFoundException("No return " + number));
    }
}

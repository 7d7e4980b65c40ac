package com.orderflow.customers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.OrderStockService;
import com.orderflow.inventory.ShopShelf;
import com.orderflow.orders.Channel;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * A customer places an order from the catalogue (F8): today's delivery or an advance booking with a
 * date and slot. The order goes through the staff intake ({@link OrderIntake}): the same rules, the
 * same stock reservation. A customer may not ask for more than the counter holds; for an advance
 * booking the reservation itself is the judge, in the same transaction, so two customers racing for
 * the last boxes cannot both get them.
 */
@Service
public class Checkout {
    private static final int MAX_LINES = 30;
    private static final int MAX_PACKS = 100;

    private final ShopShelf shelf;
    private final OrderIntake intake;
    private final OrderStockService stock;
    private final CustomerSettings settings;
    private final ShopClock clock;

    Checkout(ShopShelf shelf, OrderIntake intake, OrderStockService stock, CustomerSettings settings, ShopClock clock) {
        this.shelf = shelf;
        this.intake = intake;
        this.stock = stock;
        this.settings = settings;
        this.clock = clock;
    }

    /** The cart priced from the catalogue, for the review page; bad lines are named. */
    @Transactional(readOnly = true)
    public List<OrderIntake.PricedLine> price(Cart cart) {
        List<FieldProblem> problems = new ArrayList<>();
        List<OrderIntake.PricedLine> lines = priced(cart, deliveryDay(cart, problems), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return lines;
    }

    /**
     * Places the order; all or nothing.
     *
     * @throws InvalidInputException naming each bad field: lines[i].sku (not kept), lines[i].quantity
     *         (more than available), deliveryDate, name, address, pincode …
     */
    @Transactional
    public OrderView place(CustomerProfile me, Cart cart) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = deliveryDay(cart, problems);
        List<OrderIntake.PricedLine> lines = priced(cart, day, problems);
        if (cart.name() == null || cart.name().isBlank()) {
            problems.add(new FieldProblem("name", "must not be blank"));
        }
        if (cart.address() == null || cart.address().isBlank()) {
            problems.add(new FieldProblem("address", "must say where to deliver"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean advance = day.isAfter(clock.today());
        Cart dated = new Cart(cart.lines(), cart.name().strip(), cart.address(), cart.locality(), cart.pincode(), day,
                cart.slot(), cart.language(), cart.contactChannel());
        OrderView order;
        try {
            order = intake.place(advance ? Channel.ADVANCE_BOOKING : Channel.ONLINE, dated, me.phone(), lines,
                    CustomerUser.of(me));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(p.field().replaceFirst("^customer\\.", ""), p.message())).toList());
        }
        if (advance) {
            refuseShortReservation(order, lines);
        }
        return order;
    }

    private void refuseShortReservation(OrderView order, List<OrderIntake.PricedLine> lines) {
        Map<String, Integer> reserved = stock.reservedFor(order.number());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            int got = reserved.getOrDefault(line.product().sku(), 0);
            if (got < line.quantity()) {
                problems.add(new FieldProblem("lines[" + i + "].quantity", "must be at most " + got
                        + " (what the shop can set aside of " + line.product().name() + " now)"));
            }
        }
        if (!problems.isEmpty()) {
            // rolls the whole order back, its reservation and process included
            throw new InvalidInputException(problems);
        }
    }

    private LocalDate deliveryDay(Cart cart, List<FieldProblem> problems) {
        LocalDate today = clock.today();
        LocalDate day = cart.deliveryDate() == null ? today : cart.deliveryDate();
        if (day.isBefore(today)) {
            problems.add(new FieldProblem("deliveryDate", "must not be in the past"));
            return today;
        }
        if (day.isAfter(today.plusDays(settings.getBookAheadDays()))) {
            problems.add(new FieldProblem("deliveryDate", "must be within " + settings.getBookAheadDays()
                    + " days from today"));
            return today;
        }
        return day;
    }

    private List<OrderIntake.PricedLine> priced(Cart cart, LocalDate day, List<FieldProblem> problems) {
        List<OrderIntake.PricedLine> lines = new ArrayList<>();
        List<Cart.Line> asked = cart.lines() == null ? List.of()
                : cart.lines().stream().filter(l -> l != null && l.quantity() != null && l.quantity() != 0).toList();
        if (asked.isEmpty()) {
            problems.add(new FieldProblem("lines", "must hold at least one product"));
            return lines;
        }
        if (asked.size() > MAX_LINES) {
            problems.add(new FieldProblem("lines", "must hold at most " + MAX_LINES + " products"));
            return lines;
        }
        for (int i = 0; i < asked.size(); i++) {
            Cart.Line line = asked.get(i);
            Optional<ShopShelf.OnShelf> product = shelf.product(line.sku(), day);
            if (product.isEmpty()) {
                problems.add(new FieldProblem("lines[" + i + "].sku", "is not a product the shop keeps: '"
                        + (line.sku() == null ? "" : line.sku().strip()) + "'"));
                continue;
            }
            int quantity = line.quantity();
            if (quantity < 1 || quantity > MAX_PACKS) {
                problems.add(new FieldProblem("lines[" + i + "].quantity", "must be between 1 and " + MAX_PACKS));
            } else if (quantity > product.get().available()) {
                problems.add(new FieldProblem("lines[" + i + "].quantity", "must be at most "
                        + product.get().available() + " (what the shop has of " + product.get().name() + ")"));
            } else {
                lines.add(new OrderIntake.PricedLine(product.get(), quantity));
            }
        }
        return lines;
    }
}

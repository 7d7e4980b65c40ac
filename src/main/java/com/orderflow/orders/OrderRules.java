package com.orderflow.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import com.orderflow.inventory.OrderStockService;
import com.orderflow.inventory.StockLine;
import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * What makes an order acceptable (S1, F5): the field formats, a real phone number, a delivery date
 * an advance booking can keep, products the shop keeps, names and prices that are the catalogue's,
 * and discounts within the line and with a reason.
 */
@Component
class OrderRules {
    private final Validator validator;
    private final OrderStockService orderStock;
    private final OrderLines orderLines;
    private final ShopClock clock;

    OrderRules(Validator validator, OrderStockService orderStock, OrderLines orderLines, ShopClock clock) {
        this.validator = validator;
        this.orderStock = orderStock;
        this.orderLines = orderLines;
        this.clock = clock;
    }

    /** An order that passed: the phone in E.164 and the lines as the catalogue prices them. */
    record Checked(String phone, List<PricedLine> lines) {
    }

    /** A new order's rules (see {@link #check(NewOrder, boolean, List, String)}). */
    Checked check(NewOrder request) {
        return check(request, true, List.of(), null);
    }

    /**
     * Checks an order against every rule at once and names each bad field.
     *
     * @param checkDeliveryDate false on an edit that keeps the date: yesterday's valid booking stays valid
     * @param agreed the order's lines before a change (their prices and names still agree); empty for a new order
     * @param reasonIfMissing the reason a new discount gets when its line gives none (a bill revision's)
     */
    Checked check(NewOrder request, boolean checkDeliveryDate, List<OrderLine> agreed, String reasonIfMissing) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<NewOrder> v : validator.validate(request)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        String phone = null;
        if (request.customer() != null && request.customer().phone() != null && !request.customer().phone().isBlank()) {
            phone = PhoneNumbers.toE164(request.customer().phone()).orElse(null);
            if (phone == null) {
                problems.add(new FieldProblem("customer.phone", PhoneNumbers.problemWith(request.customer().phone())));
            }
        }
        if (checkDeliveryDate) {
            checkDeliveryDate(request, problems);
        }
        List<PricedLine> lines = List.of();
        if (problems.stream().noneMatch(p -> p.field().startsWith("lines"))) {
            problems.addAll(orderStock.problemsWith(request.lines().stream()
                    .map(l -> new StockLine(l.sku(), l.size(), l.quantity())).toList()));
            lines = orderLines.price(request.lines(), agreed, reasonIfMissing, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw new InvalidInputException(problems);
        }
        return new Checked(phone, lines);
    }

    /** An unchanged date is not judged again on an edit: yesterday's valid booking stays valid. */
    private void checkDeliveryDate(NewOrder request, List<FieldProblem> problems) {
        LocalDate today = clock.today();
        if (request.channel() == Channel.ADVANCE_BOOKING) {
            if (request.deliveryDate() == null) {
                problems.add(new FieldProblem("deliveryDate", "is required for an advance booking"));
            } else if (!request.deliveryDate().isAfter(today)) {
                problems.add(new FieldProblem("deliveryDate", "must be after today (" + today + ") for an advance booking"));
            }
        } else if (request.deliveryDate() != null && request.deliveryDate().isBefore(today)) {
            problems.add(new FieldProblem("deliveryDate", "must not be in the past"));
        }
    }
}

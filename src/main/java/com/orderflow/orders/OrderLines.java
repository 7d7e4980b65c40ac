package com.orderflow.orders;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import com.orderflow.inventory.CatalogueItem;
import com.orderflow.inventory.CatalogueSearch;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.web.FieldProblem;

/**
 * Builds an order's lines from the catalogue, the one place that does (a new order, a correction,
 * a revised bill): the client says what and how many; name, size and unit price are the
 * catalogue's. A name or price the client sends must agree, or the line is refused naming the
 * field. On a change to an order, the price and name the order already has for a SKU also agree,
 * so a customer keeps the price quoted when the catalogue changed since.
 */
@Component
class OrderLines {
    private final CatalogueSearch catalogue;

    OrderLines(CatalogueSearch catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The lines priced, in the order given. A line whose SKU the catalogue does not know is left out
     * (the stock check names it); each disagreement adds a problem.
     *
     * @param agreed the order's lines before this change; empty for a new order
     * @param reasonIfMissing the reason a new discount gets when its line has none (a bill revision's
     *        reason); null where every new discount must carry its own
     */
    List<PricedLine> price(List<NewOrder.Line> lines, List<OrderLine> agreed, String reasonIfMissing,
            List<FieldProblem> problems) {
        Map<String, CatalogueItem> items = catalogue.find(lines.stream().filter(Objects::nonNull)
                .map(NewOrder.Line::sku).filter(Objects::nonNull).toList());
        Map<String, OrderLine> agreedBySku = new HashMap<>();
        agreed.forEach(line -> agreedBySku.putIfAbsent(line.sku().toUpperCase(Locale.ROOT), line));
        List<PricedLine> priced = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            NewOrder.Line line = lines.get(i);
            CatalogueItem item = line == null || line.sku() == null ? null : items.get(line.sku());
            if (item == null || line.quantity() == null || line.quantity() < 1) {
                continue;
            }
            PricedLine one = price(line, item, agreedBySku.get(item.sku()), reasonIfMissing, "lines[" + i + "]",
                    problems);
            if (one != null) {
                priced.add(one);
            }
        }
        return priced;
    }

    private static PricedLine price(NewOrder.Line line, CatalogueItem item, OrderLine agreed, String reasonIfMissing,
            String field, List<FieldProblem> problems) {
        int before = problems.size();
        if (line.product() != null && !line.product().isBlank() && !item.isCalled(line.product())
                && (agreed == null || !agreed.productName().equalsIgnoreCase(line.product().strip()))) {
            problems.add(new FieldProblem(field + ".product", "must be the catalogue name '" + item.name()
                    + "', or left out"));
        }
        BigDecimal unitPrice = agreed != null ? agreed.unitPrice() : Money.rupees(item.price());
        if (line.unitPrice() != null) {
            if (line.unitPrice().compareTo(item.price()) == 0) {
                unitPrice = Money.rupees(item.price());
            } else if (agreed == null || line.unitPrice().compareTo(agreed.unitPrice()) != 0) {
                problems.add(new FieldProblem(field + ".unitPrice", "must be the catalogue price "
                        + Rupees.format(Money.rupees(item.price()))
                        + (agreed == null || agreed.unitPrice().compareTo(item.price()) == 0 ? ""
                                : " or the order's price " + Rupees.format(agreed.unitPrice()))
                        + ", or left out"));
            }
        }
        BigDecimal discount = Money.rupees(line.discount());
        BigDecimal gross = Money.rupees(unitPrice.multiply(BigDecimal.valueOf(line.quantity())));
        if (discount.compareTo(gross) > 0) {
            problems.add(new FieldProblem(field + ".discount", "must not exceed quantity × unit price"));
        }
        BigDecimal agreedDiscount = agreed == null ? BigDecimal.ZERO : agreed.discount();
        boolean newDiscount = discount.compareTo(agreedDiscount) > 0;
        String reason = blankToNull(line.discountReason());
        if (reason == null) {
            reason = newDiscount ? blankToNull(reasonIfMissing) : agreed == null ? null : agreed.discountReason();
        }
        if (newDiscount && reason == null) {
            problems.add(new FieldProblem(field + ".discountReason", "must say why the discount is given"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new PricedLine(item.sku(), item.name(), item.size(), line.quantity(), unitPrice, discount,
                discount.signum() > 0 ? reason : null, newDiscount);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

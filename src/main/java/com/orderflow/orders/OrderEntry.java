package com.orderflow.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.CatalogueItem;
import com.orderflow.inventory.CatalogueSearch;
import com.orderflow.inventory.OrderStockService;
import com.orderflow.inventory.StockLine;
import com.orderflow.orders.OrderPermissions.Action;
import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * What the person taking an order asks while the customer waits: products by part of a name, a SKU
 * or a scanned label; a returning customer by phone; and the running total of the lines so far,
 * priced by the same rules as the order will be. Only roles that may take orders may ask.
 */
@Service
public class OrderEntry {
    private static final int LAST_ORDERS = 5;

    private final CatalogueSearch catalogue;
    private final OrderLines orderLines;
    private final OrderStockService orderStock;
    private final Orders orders;
    private final OrderPermissions permissions;
    private final ShopClock clock;

    OrderEntry(CatalogueSearch catalogue, OrderLines orderLines, OrderStockService orderStock, Orders orders,
            OrderPermissions permissions, ShopClock clock) {
        this.catalogue = catalogue;
        this.orderLines = orderLines;
        this.orderStock = orderStock;
        this.orders = orders;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** A customer who ordered before, as the newest order has them, with their last orders, newest first. */
    public record ReturningCustomer(String name, String phone, String address, String locality, String pincode,
            String language, ContactChannel contactChannel, List<PastOrder> lastOrders) {
    }

    public record PastOrder(String number, Instant createdAt, OrderStatus status, BigDecimal total, String items) {
    }

    /** The running total: each line as it will be priced, the totals, and what is wrong so far. */
    public record Quote(List<QuotedLine> lines, BigDecimal subtotal, BigDecimal discountTotal, BigDecimal total,
            List<FieldProblem> problems) {
    }

    public record QuotedLine(String sku, String product, String size, int quantity, BigDecimal unitPrice,
            BigDecimal discount, BigDecimal lineTotal) {
    }

    /** Products matching what was typed or scanned, with price and free packs per pool. */
    @Transactional(readOnly = true)
    public List<CatalogueItem> products(String text, CurrentUser user) {
        permissions.check(user, Action.CREATE, null);
        return catalogue.search(text, CatalogueSearch.MAX_RESULTS);
    }

    /**
     * The customer who last ordered from this phone number, in any format; empty for a number that
     * never ordered.
     *
     * @throws InvalidInputException naming {@code phone} when it is no phone number
     */
    @Transactional(readOnly = true)
    public Optional<ReturningCustomer> customer(String phone, CurrentUser user) {
        permissions.check(user, Action.CREATE, null);
        String e164 = PhoneNumbers.toE164(phone)
                .orElseThrow(() -> new InvalidInputException("phone", PhoneNumbers.problemWith(phone)));
        List<Order> last = orders.findTop5ByCustomerPhoneOrderByCreatedAtDescIdDesc(e164);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Customer c = last.get(0).customer();
        return Optional.of(new ReturningCustomer(c.name(), c.phone(), c.address(), c.locality(), c.pincode(),
                c.language(), c.contactChannel(), last.stream().limit(LAST_ORDERS)
                        .map(o -> new PastOrder(o.number(), o.createdAt(), o.status(), o.total(), o.summary())).toList()));
    }

    /**
     * The lines priced as the order will price them and its totals; the problems a placed order
     * would be refused for, instead of an exception, so that the form can show them as they arise.
     * For display only: placing the order checks everything again.
     */
    @Transactional(readOnly = true)
    public Quote quote(List<NewOrder.Line> lines, CurrentUser user) {
        permissions.check(user, Action.CREATE, null);
        List<FieldProblem> problems = new ArrayList<>();
        List<NewOrder.Line> given = lines == null ? List.of() : lines;
        List<PricedLine> priced = List.of();
        if (!given.isEmpty()) {
            problems.addAll(orderStock.problemsWith(given.stream()
                    .map(l -> l == null ? null : new StockLine(l.sku(), l.size(), l.quantity() == null ? 0 : l.quantity()))
                    .toList()));
            priced = orderLines.price(given, List.of(), null, problems);
        }
        Order draft = Order.draft(priced, clock.now());
        return new Quote(draft.lines().stream().map(l -> new QuotedLine(l.sku(), l.productName(), l.size(),
                l.quantity(), l.unitPrice(), l.discount(), l.lineTotal())).toList(), draft.subtotal(),
                draft.discountTotal(), draft.total(), problems);
    }
}

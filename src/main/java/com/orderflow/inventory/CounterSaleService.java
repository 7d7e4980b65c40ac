package com.orderflow.inventory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.LedgerEntry.Reason;
import com.orderflow.inventory.StockPermissions.Action;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Counter sales (K14): checked against live Counter stock under row locks, taken from Counter stock
 * only (earliest expiry first, never an expired batch), never from stock booked for advance orders.
 * A sale either takes every line or, when any line is short, nothing.
 */
@Service
public class CounterSaleService {
    static final int MAX_QUANTITY = 1000;

    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final CounterSales sales;
    private final AuditLog audit;
    private final ShopClock clock;

    CounterSaleService(Catalogue catalogue, StockLedger ledger, CounterSales sales, AuditLog audit, ShopClock clock) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.sales = sales;
        this.audit = audit;
        this.clock = clock;
    }

    private record Wanted(int index, Catalogue.Found found, int quantity) {
    }

    private record Take(Product product, StockBalance balance, int quantity) {
    }

    /** Throws AccessDeniedException unless the user may sell at the counter (the counter page asks first). */
    public void checkMaySell(CurrentUser user) {
        StockPermissions.check(user, Action.SELL);
    }

    @Transactional
    public CounterSaleReceipt sell(CounterSaleRequest request, CurrentUser user) {
        StockPermissions.check(user, Action.SELL);
        List<Wanted> wanted = validate(request);
        Set<Long> productIds = new LinkedHashSet<>();
        wanted.forEach(w -> productIds.add(w.found().product().id()));
        StockLedger.Locked stock = ledger.lock(productIds);

        // Plan every take against the locked rows first (two lines of one product see each other),
        // so that a short line refuses the whole sale before anything is written.
        List<Take> takes = new ArrayList<>();
        List<FieldProblem> shortages = new ArrayList<>();
        java.util.Map<Long, Integer> planned = new java.util.HashMap<>();
        for (Wanted w : wanted) {
            Product product = w.found().product();
            List<StockBalance> from = sources(stock, w);
            int available = from.stream().mapToInt(b -> b.quantity() - planned.getOrDefault(b.id(), 0)).sum();
            if (available < w.quantity()) {
                shortages.add(new FieldProblem("lines[" + w.index() + "].quantity",
                        shortageMessage(product, available, w.quantity(), stock, w.found().batch())));
                continue;
            }
            int left = w.quantity();
            for (StockBalance balance : from) {
                int take = Math.min(left, balance.quantity() - planned.getOrDefault(balance.id(), 0));
                if (take > 0) {
                    takes.add(new Take(product, balance, take));
                    planned.merge(balance.id(), take, Integer::sum);
                    left -= take;
                }
                if (left == 0) {
                    break;
                }
            }
        }
        if (!shortages.isEmpty()) {
            throw new StockShortageException(shortages);
        }

        CounterSale sale = new CounterSale(user.id(), clock.now());
        List<CounterSaleReceipt.Line> receipt = new ArrayList<>();
        for (Take t : takes) {
            CounterSaleLine line = new CounterSaleLine(t.product().id(), t.balance().batchId(), t.quantity(),
                    t.product().price());
            sale.add(line);
            receipt.add(new CounterSaleReceipt.Line(t.product().sku(), t.product().name(), t.product().sizeLabel(),
                    stock.batch(t.balance().batchId()).batchNumber(), t.quantity(), t.product().price(),
                    line.lineTotal()));
        }
        sales.save(sale);
        for (Take t : takes) {
            stock.post(t.balance(), -t.quantity(), Reason.COUNTER_SALE, sale.reference(), null, user.id());
        }
        audit.record(user.id(), "COUNTER_SALE", sale.reference(),
                receipt.size() + " line(s), total ₹" + sale.total().toPlainString());
        return new CounterSaleReceipt(sale.reference(), sale.soldAt(), receipt, sale.total());
    }

    /** A scanned pack is sold from its own batch; a typed SKU from the earliest-expiring counter stock. */
    private static List<StockBalance> sources(StockLedger.Locked stock, Wanted w) {
        List<StockBalance> counter = stock.unexpired(w.found().product().id(), Pool.COUNTER);
        if (w.found().batch() == null) {
            return counter;
        }
        return counter.stream().filter(b -> b.batchId().equals(w.found().batch().id())).toList();
    }

    /** Words a cashier understands: how many are at the counter, and how many are booked and why they cannot go. */
    private static String shortageMessage(Product product, int available, int wanted, StockLedger.Locked stock,
            Batch batch) {
        int booked = stock.total(stock.unexpired(product.id(), Pool.ADVANCE_BOOKING));
        String where = batch == null ? "at the counter" : "at the counter from batch " + batch.batchNumber();
        String head = available == 0
                ? "No " + product.displayName() + " left " + where + " (" + wanted + " wanted)"
                : "Only " + available + " × " + product.displayName() + " left " + where + " (" + wanted + " wanted)";
        return booked > 0 ? head + "; " + booked + " more are booked for advance orders and cannot be sold" : head;
    }

    private List<Wanted> validate(CounterSaleRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Wanted> wanted = new ArrayList<>();
        if (request == null || request.lines() == null || request.lines().isEmpty()) {
            throw new InvalidInputException("lines", "must have at least one line");
        }
        for (int i = 0; i < request.lines().size(); i++) {
            CounterSaleRequest.Line line = request.lines().get(i);
            String field = "lines[" + i + "]";
            if (line == null) {
                problems.add(new FieldProblem(field, "must not be null"));
                continue;
            }
            Integer quantity = line.quantity();
            if (quantity == null || quantity < 1) {
                problems.add(new FieldProblem(field + ".quantity", "must be at least 1"));
            } else if (quantity > MAX_QUANTITY) {
                problems.add(new FieldProblem(field + ".quantity", "must be at most " + MAX_QUANTITY));
            }
            Optional<Catalogue.Found> found = catalogue.find(line.code(), field + ".code", problems);
            if (found.isEmpty()) {
                continue;
            }
            PackLabel label = found.get().label();
            Batch batch = found.get().batch();
            if (label != null && batch == null) {
                problems.add(new FieldProblem(field + ".code", "names batch " + label.batchNumber() + " of "
                        + found.get().product().sku() + ", which was never taken into stock"));
                continue;
            }
            if (batch != null && batch.isExpiredOn(clock.today())) {
                problems.add(new FieldProblem(field + ".code", "is a pack of batch " + batch.batchNumber()
                        + ", which expired on " + batch.expiryDate() + " and must not be sold"));
                continue;
            }
            if (quantity != null && quantity >= 1 && quantity <= MAX_QUANTITY) {
                wanted.add(new Wanted(i, found.get(), quantity));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return wanted;
    }
}

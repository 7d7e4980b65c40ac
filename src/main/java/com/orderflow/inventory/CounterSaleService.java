package com.orderflow.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.LedgerEntry.Reason;
import com.orderflow.inventory.StockPermissions.Action;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Counter sales (K14): checked against live Counter stock under row locks, taken from Counter stock
 * only (earliest expiry first, never an expired batch), never from stock booked for advance orders.
 * A sale either takes every line or, when any line is short, nothing. Each sale records how it was
 * paid (cash, UPI or card with its reference), and counts in its shop day's totals.
 */
@Service
public class CounterSaleService {
    private final CounterSaleChecks checks;
    private final StockLedger ledger;
    private final CounterSales sales;
    private final Products products;
    private final Batches batches;
    private final AuditLog audit;
    private final ShopClock clock;

    CounterSaleService(CounterSaleChecks checks, StockLedger ledger, CounterSales sales, Products products,
            Batches batches, AuditLog audit, ShopClock clock) {
        this.checks = checks;
        this.ledger = ledger;
        this.sales = sales;
        this.products = products;
        this.batches = batches;
        this.audit = audit;
        this.clock = clock;
    }

    private record Take(Product product, StockBalance balance, int quantity) {
    }

    /** What the lines of a sale come to at today's prices, before the customer pays. */
    public record Quote(List<QuotedLine> lines, BigDecimal total) {
    }

    public record QuotedLine(String sku, String product, String size, int quantity, BigDecimal unitPrice,
            BigDecimal lineTotal) {
    }

    /** Throws AccessDeniedException unless the user may sell at the counter (the counter page asks first). */
    public void checkMaySell(CurrentUser user) {
        StockPermissions.check(user, Action.SELL);
    }

    /** Whether the user may sell at the counter (and so print its receipts). */
    public boolean maySell(CurrentUser user) {
        return StockPermissions.allows(user, Action.SELL);
    }

    /**
     * Prices the lines from the catalogue without touching stock: what the customer is asked to pay
     * (by UPI, before the sale is made).
     *
     * @throws InvalidInputException naming the bad lines
     */
    @Transactional(readOnly = true)
    public Quote quote(CounterSaleRequest request, CurrentUser user) {
        StockPermissions.check(user, Action.SELL);
        List<QuotedLine> lines = checks.lines(request).stream().map(w -> {
            Product p = w.found().product();
            return new QuotedLine(p.sku(), p.name(), p.sizeLabel(), w.quantity(), p.price(),
                    p.price().multiply(BigDecimal.valueOf(w.quantity())).setScale(2));
        }).toList();
        return new Quote(lines, lines.stream().map(QuotedLine::lineTotal).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add));
    }

    @Transactional
    public CounterSaleReceipt sell(CounterSaleRequest request, CurrentUser user) {
        StockPermissions.check(user, Action.SELL);
        CounterSaleChecks.Checked checked = checks.sale(request);
        Set<Long> productIds = new LinkedHashSet<>();
        checked.lines().forEach(w -> productIds.add(w.found().product().id()));
        StockLedger.Locked stock = ledger.lockStocked(productIds);
        List<Take> takes = plan(checked.lines(), stock);

        CounterSale sale = new CounterSale(user.id(), clock.now(), checked.paid().mode(), checked.paid().reference());
        for (Take t : takes) {
            sale.add(new CounterSaleLine(t.product().id(), t.balance().batchId(), t.quantity(), t.product().price()));
        }
        sales.save(sale);
        for (Take t : takes) {
            stock.post(t.balance(), -t.quantity(), Reason.COUNTER_SALE, sale.reference(), null, user.id());
        }
        audit.record(user.id(), "COUNTER_SALE", sale.reference(), takes.size() + " line(s), total "
                + Rupees.format(sale.total()) + ", paid by " + sale.paymentMode()
                + (sale.paymentReference() == null ? "" : " (" + sale.paymentReference() + ")"));
        return receiptOf(sale);
    }

    /**
     * A sale's receipt by its reference ({@code CS-12}), for reprinting.
     *
     * @throws NotFoundException for an unknown reference
     */
    @Transactional(readOnly = true)
    public CounterSaleReceipt receipt(String reference, CurrentUser user) {
        StockPermissions.check(user, Action.SELL);
        String normal = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
        Optional<Long> id = normal.startsWith("CS-") ? parseId(normal.substring(3)) : Optional.empty();
        return id.flatMap(sales::findById).map(this::receiptOf)
                .orElseThrow(() -> new NotFoundException("No counter sale " + reference));
    }

    /**
     * The counter sales of a shop day (midnight to midnight in the shop's zone): how many, their total,
     * and the money per payment mode. For the day's totals and the cash-up; callers check roles.
     */
    @Transactional(readOnly = true)
    public CounterDayTotals dayTotals(LocalDate day) {
        Map<CounterPayment, BigDecimal> byMode = new EnumMap<>(CounterPayment.class);
        int count = 0;
        for (Object[] row : sales.totalsByMode(clock.at(day, LocalTime.MIDNIGHT).toInstant(),
                clock.at(day.plusDays(1), LocalTime.MIDNIGHT).toInstant())) {
            byMode.put((CounterPayment) row[0], ((BigDecimal) row[2]).setScale(2));
            count += ((Number) row[1]).intValue();
        }
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal cash = byMode.getOrDefault(CounterPayment.CASH, zero);
        BigDecimal upi = byMode.getOrDefault(CounterPayment.UPI, zero);
        BigDecimal card = byMode.getOrDefault(CounterPayment.CARD, zero);
        return new CounterDayTotals(day, count, cash.add(upi).add(card), cash, upi, card);
    }

    /**
     * Plans every take against the locked rows first (two lines of one product see each other), so
     * that a short line refuses the whole sale before anything is written.
     */
    private List<Take> plan(List<CounterSaleChecks.Wanted> wanted, StockLedger.Locked stock) {
        List<Take> takes = new ArrayList<>();
        List<FieldProblem> shortages = new ArrayList<>();
        Map<Long, Integer> planned = new HashMap<>();
        for (CounterSaleChecks.Wanted w : wanted) {
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
        return takes;
    }

    private CounterSaleReceipt receiptOf(CounterSale sale) {
        List<CounterSaleReceipt.Line> lines = sale.lines().stream().map(line -> {
            Product p = products.findById(line.productId()).orElseThrow();
            String batch = batches.findById(line.batchId()).map(Batch::batchNumber).orElse(null);
            return new CounterSaleReceipt.Line(p.sku(), p.name(), p.sizeLabel(), batch, line.quantity(),
                    line.unitPrice(), line.lineTotal());
        }).toList();
        return new CounterSaleReceipt(sale.reference(), sale.soldAt(), lines, sale.total(), sale.paymentMode(),
                sale.paymentReference(), sale.soldBy());
    }

    private static Optional<Long> parseId(String digits) {
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A scanned pack is sold from its own batch; a typed SKU from the earliest-expiring counter stock. */
    private static List<StockBalance> sources(StockLedger.Locked stock, CounterSaleChecks.Wanted w) {
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
}

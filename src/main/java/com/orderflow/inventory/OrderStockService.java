package com.orderflow.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.LedgerEntry.Reason;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Stock for orders, called by the order-fulfilment process (K3, S4): an advance booking reserves
 * its stock when it is booked, a cancellation releases it, packing consumes it. Each method runs in
 * the caller's transaction (the engine's, when a delegate calls it), takes row locks on the
 * products concerned and either does everything or, on an exception, nothing.
 */
@Service
public class OrderStockService {
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final Reservations reservations;
    private final Backorders backorders;
    private final Products products;
    private final LedgerEntries entries;
    private final StockBalances balances;
    private final Batches batches;
    private final AuditLog audit;
    private final ShopClock clock;

    OrderStockService(Catalogue catalogue, StockLedger ledger, Reservations reservations, Backorders backorders,
            Products products, LedgerEntries entries, StockBalances balances, Batches batches, AuditLog audit,
            ShopClock clock) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.reservations = reservations;
        this.backorders = backorders;
        this.products = products;
        this.entries = entries;
        this.balances = balances;
        this.batches = batches;
        this.audit = audit;
        this.clock = clock;
    }

    private record Wanted(Product product, int quantity) {
    }

    /**
     * Sets aside Counter stock for an advance order in the Advance Booking pool, earliest expiry
     * first, tagged with the order number. Idempotent: it tops the reservation up to the quantities
     * asked for and never takes more, so a retried or repeated call is harmless. What cannot be
     * reserved is recorded as a backorder and reported in the result.
     */
    @Transactional
    public ReservationResult reserve(String orderNumber, List<StockLine> lines, String actor) {
        requireOrderNumber(orderNumber);
        List<Wanted> wanted = validate(lines);
        StockLedger.Locked stock = ledger.lock(wanted.stream().map(w -> w.product().id()).toList());
        Map<Long, Reservation> byBatch = new HashMap<>();
        reservations.findByOrderRef(orderNumber).forEach(r -> byBatch.put(r.batchId(), r));
        Map<Long, Backorder> backorderByProduct = new HashMap<>();
        backorders.findByOrderRef(orderNumber).forEach(b -> backorderByProduct.put(b.productId(), b));

        List<ReservationResult.Shortfall> shortfalls = new ArrayList<>();
        int reservedNow = 0;
        for (Wanted w : wanted) {
            Product product = w.product();
            int already = byBatch.values().stream().filter(r -> r.productId().equals(product.id()))
                    .mapToInt(Reservation::quantity).sum();
            int need = w.quantity() - already;
            for (StockBalance counter : stock.unexpired(product.id(), Pool.COUNTER)) {
                if (need <= 0) {
                    break;
                }
                int take = Math.min(need, counter.quantity());
                stock.move(counter.batchId(), Pool.COUNTER, Pool.ADVANCE_BOOKING, take, Reason.RESERVE, orderNumber,
                        null, actor);
                Reservation reservation = byBatch.computeIfAbsent(counter.batchId(),
                        id -> new Reservation(orderNumber, product.id(), id));
                reservation.change(take);
                reservations.save(reservation);
                need -= take;
                reservedNow += take;
            }
            Backorder backorder = backorderByProduct.get(product.id());
            if (need > 0) {
                shortfalls.add(new ReservationResult.Shortfall(product.sku(), product.displayName(), need));
                if (backorder == null) {
                    backorders.save(new Backorder(orderNumber, product.id(), need, clock.now()));
                } else {
                    backorder.setQuantityShort(need);
                }
            } else if (backorder != null) {
                backorders.delete(backorder);
            }
        }
        audit.record(actor, shortfalls.isEmpty() ? "STOCK_RESERVED" : "STOCK_BACKORDERED", orderNumber,
                reservedNow + " unit(s) reserved" + (shortfalls.isEmpty() ? "" : "; short: " + shortfalls));
        return new ReservationResult(orderNumber, shortfalls.isEmpty(), List.copyOf(shortfalls));
    }

    /**
     * What stock keeping has against an order's lines before it is taken: unknown SKUs, sizes that
     * do not match. Empty when every line names a product the shop keeps. Field names are the
     * order's ({@code lines[1].sku}).
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> problemsWith(List<StockLine> lines) {
        try {
            validate(lines);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    /** Puts everything an order has reserved back on the counter (a cancelled order); answers how many units. */
    @Transactional
    public int release(String orderNumber, String actor) {
        requireOrderNumber(orderNumber);
        List<Reservation> reserved = reservations.findByOrderRef(orderNumber);
        StockLedger.Locked stock = ledger.lock(reserved.stream().map(Reservation::productId).toList());
        int units = releaseAll(stock, reserved, orderNumber, "order released", actor);
        backorders.deleteAll(backorders.findByOrderRef(orderNumber));
        if (units > 0) {
            audit.record(actor, "STOCK_RELEASED", orderNumber, units + " unit(s) back to Counter stock");
        }
        return units;
    }

    /**
     * Puts what was packed for an order back on the counter, batch by batch (an order cancelled
     * after packing: the boxes are still in the shop). Safe to repeat; answers how many units.
     */
    @Transactional
    public int returnPacked(String orderNumber, String actor) {
        requireOrderNumber(orderNumber);
        List<Object[]> out = entries.packedNotReturned(orderNumber).stream()
                .filter(row -> ((Number) row[2]).intValue() < 0).toList();
        if (out.isEmpty()) {
            return 0;
        }
        StockLedger.Locked stock = ledger.lock(out.stream().map(row -> (Long) row[0]).toList());
        int units = 0;
        for (Object[] row : out) {
            int quantity = -((Number) row[2]).intValue();
            stock.post(stock.balance((Long) row[1], Pool.COUNTER), quantity, Reason.UNPACK, orderNumber,
                    "order cancelled after packing", actor);
            units += quantity;
        }
        audit.record(actor, "STOCK_UNPACKED", orderNumber, units + " packed unit(s) back to Counter stock");
        return units;
    }

    /**
     * Takes an order's packs out of stock at packing: first from its reservation (earliest expiry
     * first), then, for what was not reserved (orders that are not advance bookings), from Counter
     * stock. Whatever the order had reserved beyond these lines goes back to the counter.
     *
     * @return the batches packed, for the packing slip
     * @throws StockShortageException when a line cannot be covered; nothing is taken then
     */
    @Transactional(noRollbackFor = StockShortageException.class)
    public List<ConsumedBatch> consume(String orderNumber, List<StockLine> lines, String actor) {
        requireOrderNumber(orderNumber);
        List<Wanted> wanted = validate(lines);
        List<Reservation> reserved = new ArrayList<>(reservations.findByOrderRef(orderNumber));
        Set<Long> productIds = new LinkedHashSet<>();
        wanted.forEach(w -> productIds.add(w.product().id()));
        reserved.forEach(r -> productIds.add(r.productId()));
        StockLedger.Locked stock = ledger.lock(productIds);
        reserved.sort(java.util.Comparator.comparing((Reservation r) -> stock.batch(r.batchId()).expiryDate())
                .thenComparing(Reservation::batchId));

        // Everything is checked before anything moves: the order process turns a shortage into a
        // task in the same transaction, so nothing may have been taken when it is thrown.
        List<FieldProblem> shortages = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Product product = wanted.get(i).product();
            int reservedForProduct = reserved.stream().filter(r -> r.productId().equals(product.id()))
                    .mapToInt(Reservation::quantity).sum();
            int fromCounter = Math.max(0, wanted.get(i).quantity() - reservedForProduct);
            int atCounter = stock.total(stock.unexpired(product.id(), Pool.COUNTER));
            if (atCounter < fromCounter) {
                shortages.add(new FieldProblem("lines[" + i + "].quantity", "Only " + atCounter + " × "
                        + product.displayName() + " left at the counter to pack order " + orderNumber + " ("
                        + fromCounter + " more needed)"));
            }
        }
        if (!shortages.isEmpty()) {
            throw new StockShortageException(shortages);
        }

        List<ConsumedBatch> packed = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Product product = wanted.get(i).product();
            int left = wanted.get(i).quantity();
            for (Reservation reservation : reserved) {
                if (left == 0) {
                    break;
                }
                if (!reservation.productId().equals(product.id()) || reservation.quantity() == 0) {
                    continue;
                }
                int take = Math.min(left, reservation.quantity());
                stock.post(stock.balance(reservation.batchId(), Pool.ADVANCE_BOOKING), -take, Reason.CONSUME,
                        orderNumber, "reserved", actor);
                reservation.change(-take);
                packed.add(consumed(product, stock.batch(reservation.batchId()), take));
                left -= take;
            }
            for (StockBalance balance : stock.unexpired(product.id(), Pool.COUNTER)) {
                if (left == 0) {
                    break;
                }
                int take = Math.min(left, balance.quantity());
                stock.post(balance, -take, Reason.CONSUME, orderNumber, null, actor);
                packed.add(consumed(product, stock.batch(balance.batchId()), take));
                left -= take;
            }
        }
        for (Reservation reservation : reserved) {
            if (reservation.quantity() == 0) {
                reservations.delete(reservation);
            }
        }
        int released = releaseAll(stock, reserved.stream().filter(r -> r.quantity() > 0).toList(), orderNumber,
                "reserved but not packed", actor);
        backorders.deleteAll(backorders.findByOrderRef(orderNumber));
        audit.record(actor, "STOCK_CONSUMED", orderNumber, packed.stream().mapToInt(ConsumedBatch::quantity).sum()
                + " unit(s) packed" + (released > 0 ? ", " + released + " reserved unit(s) back to Counter" : ""));
        return packed;
    }

    /**
     * The batches {@link #consume} would take for these lines if it ran now, without moving or
     * locking anything: the order's reservation first, then Counter stock, earliest expiry first
     * in each. For the packing slip printed when a packer starts, so he picks the right boxes. A
     * line the stock cannot cover is planned as far as it goes; {@code consume} reports the rest.
     */
    @Transactional(readOnly = true)
    public List<ConsumedBatch> plan(String orderNumber, List<StockLine> lines) {
        requireOrderNumber(orderNumber);
        List<Wanted> wanted = validate(lines);
        LocalDate today = clock.today();
        Map<Long, Batch> batchById = new HashMap<>();
        List<ConsumedBatch> planned = new ArrayList<>();
        List<Reservation> reserved = new ArrayList<>(reservations.findByOrderRef(orderNumber));
        batches.findAllById(reserved.stream().map(Reservation::batchId).distinct().toList())
                .forEach(b -> batchById.put(b.id(), b));
        reserved.sort(Comparator.comparing((Reservation r) -> batchById.get(r.batchId()).expiryDate())
                .thenComparing(Reservation::batchId));
        for (Wanted w : wanted) {
            Product product = w.product();
            int left = w.quantity();
            for (Reservation reservation : reserved) {
                if (left == 0) {
                    break;
                }
                if (reservation.productId().equals(product.id()) && reservation.quantity() > 0) {
                    int take = Math.min(left, reservation.quantity());
                    planned.add(consumed(product, batchById.get(reservation.batchId()), take));
                    left -= take;
                }
            }
            List<StockBalance> counter = balances.findByProductId(product.id()).stream()
                    .filter(b -> b.pool() == Pool.COUNTER && b.quantity() > 0).toList();
            batches.findAllById(counter.stream().map(StockBalance::batchId).distinct().toList())
                    .forEach(b -> batchById.put(b.id(), b));
            List<StockBalance> unexpired = counter.stream()
                    .filter(b -> !batchById.get(b.batchId()).isExpiredOn(today))
                    .sorted(Comparator.comparing((StockBalance b) -> batchById.get(b.batchId()).expiryDate())
                            .thenComparing(StockBalance::batchId))
                    .toList();
            for (StockBalance balance : unexpired) {
                if (left == 0) {
                    break;
                }
                int take = Math.min(left, balance.quantity());
                planned.add(consumed(product, batchById.get(balance.batchId()), take));
                left -= take;
            }
        }
        return planned;
    }

    /**
     * The net weight of these lines as the catalogue knows it: unit weight × packs, in grams with
     * scale 3. What a packer's scale should read, give or take the box.
     */
    @Transactional(readOnly = true)
    public BigDecimal netWeightGrams(List<StockLine> lines) {
        return validate(lines).stream()
                .map(w -> w.product().unitWeightGrams().multiply(BigDecimal.valueOf(w.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(3, RoundingMode.HALF_UP);
    }

    /** What packing took for an order and has not been given back, batch by batch (the packed boxes). */
    @Transactional(readOnly = true)
    public List<ConsumedBatch> packedFor(String orderNumber) {
        requireOrderNumber(orderNumber);
        List<ConsumedBatch> packed = new ArrayList<>();
        for (Object[] row : entries.packedNotReturned(orderNumber)) {
            int quantity = -((Number) row[2]).intValue();
            if (quantity > 0) {
                Product product = products.findById((Long) row[0]).orElseThrow();
                packed.add(consumed(product, batches.findById((Long) row[1]).orElseThrow(), quantity));
            }
        }
        packed.sort(Comparator.comparing(ConsumedBatch::sku).thenComparing(ConsumedBatch::expiryDate));
        return packed;
    }

    /**
     * Makes an order's packed stock follow its changed lines (a bill revised after packing, K2):
     * what a line now needs beyond what was packed is taken from Counter stock, earliest expiry
     * first; what was packed beyond the new lines goes back to Counter stock, latest expiry first
     * (the freshest boxes are the ones worth selling again). Every move is a ledger row with
     * {@code reason} as its note.
     *
     * @return the batches taken (positive quantity) and given back (negative quantity)
     * @throws StockShortageException when the counter cannot cover an added pack; nothing moved then
     */
    @Transactional
    public List<ConsumedBatch> adjustPacked(String orderNumber, List<StockLine> newLines, String reason,
            String actor) {
        requireOrderNumber(orderNumber);
        List<Wanted> wanted = validate(newLines);
        List<Object[]> packedRows = entries.packedNotReturned(orderNumber).stream()
                .filter(row -> ((Number) row[2]).intValue() < 0).toList();
        Set<Long> productIds = new LinkedHashSet<>();
        wanted.forEach(w -> productIds.add(w.product().id()));
        packedRows.forEach(row -> productIds.add((Long) row[0]));
        StockLedger.Locked stock = ledger.lock(productIds);
        Map<Long, Integer> packedByProduct = new HashMap<>();
        packedRows.forEach(row -> packedByProduct.merge((Long) row[0], -((Number) row[2]).intValue(), Integer::sum));
        Map<Long, Integer> wantedByProduct = new HashMap<>();
        wanted.forEach(w -> wantedByProduct.put(w.product().id(), w.quantity()));

        List<FieldProblem> shortages = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Product product = wanted.get(i).product();
            int more = wanted.get(i).quantity() - packedByProduct.getOrDefault(product.id(), 0);
            int atCounter = stock.total(stock.unexpired(product.id(), Pool.COUNTER));
            if (more > atCounter) {
                shortages.add(new FieldProblem("lines[" + lineIndexOf(newLines, product, i) + "].quantity", "Only "
                        + atCounter + " × " + product.displayName() + " left at the counter for order " + orderNumber
                        + " (" + more + " more needed)"));
            }
        }
        if (!shortages.isEmpty()) {
            throw new StockShortageException(shortages);
        }

        List<ConsumedBatch> moved = new ArrayList<>();
        for (Wanted w : wanted) {
            int left = w.quantity() - packedByProduct.getOrDefault(w.product().id(), 0);
            for (StockBalance balance : stock.unexpired(w.product().id(), Pool.COUNTER)) {
                if (left <= 0) {
                    break;
                }
                int take = Math.min(left, balance.quantity());
                stock.post(balance, -take, Reason.CONSUME, orderNumber, reason, actor);
                moved.add(consumed(w.product(), stock.batch(balance.batchId()), take));
                left -= take;
            }
        }
        List<Object[]> freshestFirst = new ArrayList<>(packedRows);
        freshestFirst.sort(Comparator.comparing((Object[] row) -> stock.batch((Long) row[1]).expiryDate()).reversed());
        Map<Long, Integer> toReturn = new HashMap<>();
        packedByProduct.forEach((productId, packed) ->
                toReturn.put(productId, packed - wantedByProduct.getOrDefault(productId, 0)));
        for (Object[] row : freshestFirst) {
            Long productId = (Long) row[0];
            int left = toReturn.getOrDefault(productId, 0);
            if (left <= 0) {
                continue;
            }
            int back = Math.min(left, -((Number) row[2]).intValue());
            stock.post(stock.balance((Long) row[1], Pool.COUNTER), back, Reason.UNPACK, orderNumber, reason, actor);
            moved.add(consumed(products.findById(productId).orElseThrow(), stock.batch((Long) row[1]), -back));
            toReturn.put(productId, left - back);
        }
        if (!moved.isEmpty()) {
            audit.record(actor, "STOCK_PACK_ADJUSTED", orderNumber,
                    moved.stream().filter(m -> m.quantity() > 0).mapToInt(ConsumedBatch::quantity).sum()
                            + " unit(s) more packed, "
                            + -moved.stream().filter(m -> m.quantity() < 0).mapToInt(ConsumedBatch::quantity).sum()
                            + " unit(s) back to Counter: " + reason);
        }
        return moved;
    }

    /** What an order has reserved, per SKU (for the order page and tests). */
    @Transactional(readOnly = true)
    public Map<String, Integer> reservedFor(String orderNumber) {
        Map<String, Integer> bySku = new java.util.TreeMap<>();
        for (Reservation r : reservations.findByOrderRef(orderNumber)) {
            bySku.merge(products.findById(r.productId()).map(Product::sku).orElse("?"), r.quantity(), Integer::sum);
        }
        return bySku;
    }

    /** Every advance order still waiting for stock (S4), oldest first. */
    @Transactional(readOnly = true)
    public List<BackorderView> backorders() {
        return backorders.findAllByOrderByRaisedAtAsc().stream().map(b -> {
            Optional<Product> p = products.findById(b.productId());
            return new BackorderView(b.orderRef(), p.map(Product::sku).orElse("?"),
                    p.map(Product::displayName).orElse("?"), b.quantityShort());
        }).toList();
    }

    private int releaseAll(StockLedger.Locked stock, List<Reservation> reserved, String orderNumber, String note,
            String actor) {
        int units = 0;
        for (Reservation reservation : reserved) {
            stock.move(reservation.batchId(), Pool.ADVANCE_BOOKING, Pool.COUNTER, reservation.quantity(),
                    Reason.RELEASE, orderNumber, note, actor);
            units += reservation.quantity();
            reservations.delete(reservation);
        }
        return units;
    }

    /** The first line that names this product, for naming the field of a problem; else the fallback. */
    private static int lineIndexOf(List<StockLine> lines, Product product, int fallback) {
        for (int i = 0; i < lines.size(); i++) {
            String sku = lines.get(i).sku();
            if (sku != null && (sku.trim().equalsIgnoreCase(product.sku()) || sku.trim().startsWith(product.sku() + "|"))) {
                return i;
            }
        }
        return fallback;
    }

    private static ConsumedBatch consumed(Product product, Batch batch, int quantity) {
        return new ConsumedBatch(product.sku(), product.name(), product.sizeLabel(), batch.batchNumber(),
                batch.expiryDate(), quantity);
    }

    private static void requireOrderNumber(String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank() || orderNumber.length() > 20) {
            throw new InvalidInputException("orderNumber", "must be an order number of at most 20 characters");
        }
    }

    /** Lines in, one per product (an order may list a product twice), every SKU known. */
    private List<Wanted> validate(List<StockLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("lines", "must have at least one line");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, Wanted> byProduct = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            StockLine line = lines.get(i);
            String field = "lines[" + i + "]";
            if (line == null) {
                problems.add(new FieldProblem(field, "must not be null"));
                continue;
            }
            if (line.quantity() < 1) {
                problems.add(new FieldProblem(field + ".quantity", "must be at least 1"));
            }
            Optional<Catalogue.Found> found = catalogue.find(line.sku(), field + ".sku", problems);
            if (found.isPresent() && line.size() != null && !line.size().isBlank()
                    && !normalSize(line.size()).equals(normalSize(found.get().product().sizeLabel()))) {
                problems.add(new FieldProblem(field + ".size", "is '" + line.size() + "' but "
                        + found.get().product().sku() + " is " + found.get().product().sizeLabel()));
            }
            if (found.isPresent() && line.quantity() >= 1) {
                Product product = found.get().product();
                byProduct.merge(product.id(), new Wanted(product, line.quantity()),
                        (a, b) -> new Wanted(product, a.quantity() + b.quantity()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(byProduct.values());
    }

    /** "1 kg", "1kg" and "1 KG" are the same size. */
    private static String normalSize(String size) {
        return size.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }
}

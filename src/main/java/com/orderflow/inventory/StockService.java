package com.orderflow.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
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
 * Stock keeping by staff: products, production receipts, transfers between pools and corrections
 * after a count (all audited), and the live stock view. Each method checks the caller's role and
 * either changes everything it should or nothing.
 */
@Service
public class StockService {
    private static final Pattern BATCH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

    private final Products products;
    private final ProductMaster productMaster;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final StockBalances balances;
    private final Batches batches;
    private final Reservations reservations;
    private final OrderStockService orderStock;
    private final AuditLog audit;
    private final ShopClock clock;
    private final int expiryWarningDays;

    StockService(Products products, ProductMaster productMaster, Catalogue catalogue, StockLedger ledger, StockBalances balances, Batches batches,
            Reservations reservations, OrderStockService orderStock, AuditLog audit, ShopClock clock,
            @Value("${orderflow.inventory.expiry-warning-days:3}") int expiryWarningDays) {
        this.products = products;
        this.productMaster = productMaster;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.balances = balances;
        this.batches = batches;
        this.reservations = reservations;
        this.orderStock = orderStock;
        this.audit = audit;
        this.clock = clock;
        this.expiryWarningDays = expiryWarningDays;
    }

    /** Adds a product (admins); see {@link ProductMaster#add}. */
    public String addProduct(StockRequests.NewProduct request, CurrentUser user) {
        return productMaster.add(request, user);
    }

    /** A production receipt into the godown's stock: a new batch, or more of a batch already known. */
    @Transactional
    public PackLabel receive(StockRequests.Receipt request, CurrentUser user) {
        StockPermissions.check(user, Action.RECEIVE);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Catalogue.Found> found = catalogue.find(request.code(), "code", problems);
        PackLabel label = found.map(Catalogue.Found::label).orElse(null);
        String batchNumber = label != null ? label.batchNumber() : trim(request.batchNumber());
        var expiry = label != null ? label.expiryDate() : request.expiryDate();
        if (request.quantity() == null || request.quantity() < 1) {
            problems.add(new FieldProblem("quantity", "must be at least 1"));
        }
        Pool pool = request.pool() == null ? Pool.COUNTER : request.pool();
        if (pool == Pool.RETURN) {
            problems.add(new FieldProblem("pool", "must be COUNTER or ADVANCE_BOOKING: production never goes to Return stock"));
        }
        if (batchNumber == null || !BATCH.matcher(batchNumber).matches()) {
            problems.add(new FieldProblem("batchNumber", "must be 1-40 letters, digits or '-'"));
        }
        Optional<Batch> existing = found.isPresent() && batchNumber != null
                ? catalogue.batch(found.get().product(), batchNumber) : Optional.empty();
        if (existing.isEmpty()) {
            if (request.productionDate() == null) {
                problems.add(new FieldProblem("productionDate", "is required for a new batch"));
            } else if (request.productionDate().isAfter(clock.today())) {
                problems.add(new FieldProblem("productionDate", "must not be in the future"));
            }
            if (expiry == null) {
                problems.add(new FieldProblem("expiryDate", "is required for a new batch"));
            } else if (expiry.isBefore(clock.today())) {
                problems.add(new FieldProblem("expiryDate", "must not be in the past: expired goods are not taken in"));
            } else if (request.productionDate() != null && expiry.isBefore(request.productionDate())) {
                problems.add(new FieldProblem("expiryDate", "must not be before the production date"));
            }
        } else if (expiry != null && !expiry.equals(existing.get().expiryDate())) {
            problems.add(new FieldProblem("expiryDate", "differs from batch " + batchNumber + ", which expires on "
                    + existing.get().expiryDate()));
        } else if (existing.get().isExpiredOn(clock.today())) {
            problems.add(new FieldProblem("batchNumber", "is expired: expired goods are not taken in"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Product product = found.get().product();
        Batch batch = existing.orElseGet(() -> ledger.newBatch(new Batch(product.id(), batchNumber,
                request.productionDate(), expiry, clock.now())));
        StockLedger.Locked stock = ledger.lock(List.of(product.id()));
        stock.post(stock.balance(batch.id(), pool), request.quantity(), Reason.RECEIPT, null, null, user.id());
        audit.record(user.id(), "STOCK_RECEIVED", null, request.quantity() + " × " + product.displayName()
                + ", batch " + batchNumber + " (expires " + batch.expiryDate() + ") into " + pool);
        return labelOf(product, batch);
    }

    @Transactional
    public void transfer(StockRequests.Transfer request, CurrentUser user) {
        StockPermissions.check(user, Action.TRANSFER);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Catalogue.Found> found = catalogue.find(request.sku(), "sku", problems);
        Optional<Batch> batch = found.flatMap(f -> batchOf(f.product(), request.batchNumber(), problems));
        if (request.from() == null) {
            problems.add(new FieldProblem("from", "is required: ADVANCE_BOOKING, COUNTER or RETURN"));
        }
        if (request.to() == null) {
            problems.add(new FieldProblem("to", "is required: ADVANCE_BOOKING, COUNTER or RETURN"));
        } else if (request.to() == request.from()) {
            problems.add(new FieldProblem("to", "must differ from 'from'"));
        }
        if (request.quantity() == null || request.quantity() < 1) {
            problems.add(new FieldProblem("quantity", "must be at least 1"));
        }
        String reason = trim(request.reason());
        if (reason == null || reason.length() < 3 || reason.length() > 400) {
            problems.add(new FieldProblem("reason", "must say why (3-400 characters)"));
        }
        if (found.isPresent() && request.from() == Pool.RETURN && request.to() == Pool.COUNTER
                && !found.get().product().returnsRestockable()) {
            problems.add(new FieldProblem("to", "must not be COUNTER: returned " + found.get().product().displayName()
                    + " may not be sold again"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Product product = found.get().product();
        StockLedger.Locked stock = ledger.lock(List.of(product.id()));
        int movable = movable(stock, batch.get(), request.from());
        if (movable < request.quantity()) {
            throw new StockShortageException(List.of(new FieldProblem("quantity", "Only " + movable + " × "
                    + product.displayName() + " of batch " + batch.get().batchNumber() + " can move out of "
                    + request.from() + (request.from() == Pool.ADVANCE_BOOKING ? " (the rest is reserved for orders)" : ""))));
        }
        stock.move(batch.get().id(), request.from(), request.to(), request.quantity(), Reason.TRANSFER, null, reason,
                user.id());
        audit.record(user.id(), "STOCK_TRANSFERRED", null, request.quantity() + " × " + product.displayName()
                + ", batch " + batch.get().batchNumber() + ", " + request.from() + " → " + request.to() + ": " + reason);
    }

    /** Sets a batch's balance in a pool to what a physical count found. */
    @Transactional
    public void adjust(StockRequests.Count request, CurrentUser user) {
        StockPermissions.check(user, Action.ADJUST);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Catalogue.Found> found = catalogue.find(request.sku(), "sku", problems);
        Optional<Batch> batch = found.flatMap(f -> batchOf(f.product(), request.batchNumber(), problems));
        if (request.pool() == null) {
            problems.add(new FieldProblem("pool", "is required: ADVANCE_BOOKING, COUNTER or RETURN"));
        }
        if (request.countedQuantity() == null || request.countedQuantity() < 0) {
            problems.add(new FieldProblem("countedQuantity", "must be 0 or more"));
        }
        String reason = trim(request.reason());
        if (reason == null || reason.length() < 3 || reason.length() > 400) {
            problems.add(new FieldProblem("reason", "must say why (3-400 characters)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Product product = found.get().product();
        StockLedger.Locked stock = ledger.lock(List.of(product.id()));
        StockBalance balance = stock.balance(batch.get().id(), request.pool());
        int reserved = request.pool() == Pool.ADVANCE_BOOKING ? reservedIn(batch.get()) : 0;
        if (request.countedQuantity() < reserved) {
            throw new InvalidInputException("countedQuantity", "must be at least " + reserved
                    + ": that many are reserved for orders; release or pack those orders first");
        }
        int delta = request.countedQuantity() - balance.quantity();
        if (delta != 0) {
            stock.post(balance, delta, Reason.ADJUSTMENT, null, reason, user.id());
        }
        audit.record(user.id(), "STOCK_ADJUSTED", null, product.displayName() + ", batch " + batch.get().batchNumber()
                + ", " + request.pool() + ": " + (delta >= 0 ? "+" : "") + delta + " to " + request.countedQuantity()
                + ": " + reason);
    }

    @Transactional(readOnly = true)
    public StockView stock(CurrentUser user) {
        StockPermissions.check(user, Action.VIEW);
        var today = clock.today();
        Map<Long, Batch> batchById = new HashMap<>();
        batches.findAll().forEach(b -> batchById.put(b.id(), b));
        Map<Long, Integer> reservedByBatch = new HashMap<>();
        reservations.findAll().forEach(r -> reservedByBatch.merge(r.batchId(), r.quantity(), Integer::sum));
        Map<Long, Map<Long, int[]>> byProduct = new HashMap<>();
        for (StockBalance b : balances.findAll()) {
            int[] pools = byProduct.computeIfAbsent(b.productId(), id -> new HashMap<>())
                    .computeIfAbsent(b.batchId(), id -> new int[Pool.values().length]);
            pools[b.pool().ordinal()] += b.quantity();
        }
        List<StockView.ProductStock> rows = new ArrayList<>();
        for (Product p : products.findAll(org.springframework.data.domain.Sort.by("name", "sku"))) {
            List<StockView.BatchStock> batchRows = new ArrayList<>();
            int counter = 0;
            int advance = 0;
            int returns = 0;
            for (var e : byProduct.getOrDefault(p.id(), Map.of()).entrySet()) {
                Batch batch = batchById.get(e.getKey());
                int[] q = e.getValue();
                boolean expired = batch.isExpiredOn(today);
                if (!expired) {
                    counter += q[Pool.COUNTER.ordinal()];
                    advance += q[Pool.ADVANCE_BOOKING.ordinal()];
                }
                returns += q[Pool.RETURN.ordinal()];
                if (q[0] + q[1] + q[2] == 0) {
                    continue;
                }
                String expiry = expired ? "EXPIRED"
                        : batch.expiryDate().isAfter(today.plusDays(expiryWarningDays)) ? "OK" : "SOON";
                batchRows.add(new StockView.BatchStock(batch.batchNumber(), batch.productionDate(), batch.expiryDate(),
                        expiry, q[Pool.COUNTER.ordinal()], q[Pool.ADVANCE_BOOKING.ordinal()],
                        reservedByBatch.getOrDefault(batch.id(), 0), q[Pool.RETURN.ordinal()],
                        labelOf(p, batch).content()));
            }
            batchRows.sort(Comparator.comparing(StockView.BatchStock::expiryDate));
            rows.add(new StockView.ProductStock(p.sku(), p.name(), p.sizeLabel(), p.unitWeightGrams(), p.price(),
                    p.reorderLevel(), counter, advance, returns, counter + advance < p.reorderLevel(), batchRows));
        }
        return new StockView(today, rows, orderStock.backorders());
    }

    /** The product (and batch, for a label) behind a typed SKU or a scanned label: the counter's look-up. */
    @Transactional(readOnly = true)
    public Optional<ProductInfo> lookUp(String code, CurrentUser user) {
        StockPermissions.check(user, Action.VIEW);
        Optional<Catalogue.Found> found = catalogue.find(code, "code", new ArrayList<>());
        return found.map(f -> {
            int counter = 0;
            for (StockBalance b : balances.findByProductId(f.product().id())) {
                Batch batch = batches.findById(b.batchId()).orElseThrow();
                if (b.pool() == Pool.COUNTER && !batch.isExpiredOn(clock.today())
                        && (f.batch() == null || f.batch().id().equals(batch.id()))) {
                    counter += b.quantity();
                }
            }
            return new ProductInfo(f.product().sku(), f.product().name(), f.product().sizeLabel(), f.product().price(),
                    f.batch() == null ? null : f.batch().batchNumber(),
                    f.batch() == null ? null : f.batch().expiryDate(), counter);
        });
    }

    /** Products whose SKU or name contains the text (the counter's search box). */
    @Transactional(readOnly = true)
    public List<ProductInfo> search(String text, CurrentUser user) {
        StockPermissions.check(user, Action.VIEW);
        String q = text == null ? "" : text.trim();
        return products.findTop20BySkuContainingIgnoreCaseOrNameContainingIgnoreCaseOrderByNameAscSkuAsc(q, q).stream()
                .map(p -> lookUp(p.sku(), user).orElseThrow()).toList();
    }

    /** The label of a batch, for printing. */
    @Transactional(readOnly = true)
    public PackLabel label(String sku, String batchNumber, CurrentUser user) {
        StockPermissions.check(user, Action.VIEW);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Catalogue.Found> found = catalogue.find(sku, "sku", problems);
        Optional<Batch> batch = found.flatMap(f -> batchOf(f.product(), batchNumber, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return labelOf(found.get().product(), batch.get());
    }

    /** A product as the counter sees it: price and how many packs may be sold now. */
    public record ProductInfo(String sku, String name, String size, BigDecimal price, String batchNumber,
            java.time.LocalDate expiryDate, int atCounter) {
    }

    private int movable(StockLedger.Locked stock, Batch batch, Pool from) {
        int inPool = stock.balance(batch.id(), from).quantity();
        return from == Pool.ADVANCE_BOOKING ? inPool - reservedIn(batch) : inPool;
    }

    private int reservedIn(Batch batch) {
        return reservations.findByBatchId(batch.id()).stream()
                .mapToInt(Reservation::quantity).sum();
    }

    private Optional<Batch> batchOf(Product product, String batchNumber, List<FieldProblem> problems) {
        Optional<Batch> batch = catalogue.batch(product, batchNumber);
        if (batch.isEmpty()) {
            problems.add(new FieldProblem("batchNumber", "is not a batch of " + product.sku() + ": '"
                    + (batchNumber == null ? "" : batchNumber.trim()) + "'"));
        }
        return batch;
    }

    static PackLabel labelOf(Product product, Batch batch) {
        return new PackLabel(product.sku(), product.sizeLabel(), batch.batchNumber(), batch.expiryDate());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

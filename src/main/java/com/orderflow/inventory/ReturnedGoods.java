package com.orderflow.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.LedgerEntry.Reason;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Goods that come back from a customer (K9): into Return stock with the batch they were packed
 * from, never saleable there; after inspection back to the counter (only products that allow it,
 * or packs that never left the delivery boy's hands) or scrapped. Each method runs in the caller's
 * transaction under the products' row locks and does everything or nothing.
 */
@Service
public class ReturnedGoods {
    private final StockLedger ledger;
    private final LedgerEntries entries;
    private final Products products;
    private final Batches batches;
    private final AuditLog audit;
    private final ShopClock clock;

    ReturnedGoods(StockLedger ledger, LedgerEntries entries, Products products, Batches batches, AuditLog audit,
            ShopClock clock) {
        this.ledger = ledger;
        this.entries = entries;
        this.products = products;
        this.batches = batches;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Books returned packs of an order into Return stock, batch by batch, from what packing took for
     * that order (earliest expiry first). The ledger rows carry the UNPACK reason and the order number,
     * as packs taken back from an order do, so what the order still holds goes down and no later
     * return can take back more than was packed.
     *
     * @return the packs per batch that went into Return stock
     * @throws InvalidInputException naming {@code lines[i].quantity} when the order holds fewer packs
     *         of a SKU than asked for; nothing is booked then
     */
    @Transactional
    public List<ConsumedBatch> takeBack(String orderNumber, String returnNumber, List<StockLine> lines, String actor) {
        List<Object[]> out = entries.packedNotReturned(orderNumber).stream()
                .filter(row -> ((Number) row[2]).intValue() < 0).toList();
        List<FieldProblem> problems = new ArrayList<>();
        List<Product> wanted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            StockLine line = lines.get(i);
            Optional<Product> product = products.findBySku(line.sku().trim().toUpperCase(Locale.ROOT));
            if (product.isEmpty()) {
                problems.add(new FieldProblem("lines[" + i + "].sku", "is not a known SKU: '" + line.sku() + "'"));
                continue;
            }
            wanted.add(product.get());
            int held = out.stream().filter(row -> row[0].equals(product.get().id()))
                    .mapToInt(row -> -((Number) row[2]).intValue()).sum();
            int asked = lines.stream().filter(l -> l.sku().trim().equalsIgnoreCase(line.sku().trim()))
                    .mapToInt(StockLine::quantity).sum();
            if (line.quantity() <= 0) {
                problems.add(new FieldProblem("lines[" + i + "].quantity", "must be at least 1"));
            } else if (asked > held) {
                problems.add(new FieldProblem("lines[" + i + "].quantity", "must be at most the " + held
                        + " pack(s) of " + product.get().sku() + " that order " + orderNumber + " took from stock"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StockLedger.Locked stock = ledger.lock(wanted.stream().map(Product::id).toList());
        List<ConsumedBatch> booked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Product product = wanted.get(i);
            int left = lines.get(i).quantity();
            List<Object[]> ofProduct = out.stream().filter(row -> row[0].equals(product.id()))
                    .sorted(Comparator.comparing((Object[] row) -> stock.batch((Long) row[1]) == null ? null
                            : stock.batch((Long) row[1]).expiryDate(), Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            for (Object[] row : ofProduct) {
                int still = -((Number) row[2]).intValue() - alreadyTaken(booked, product, stock.batch((Long) row[1]));
                int take = Math.min(left, still);
                if (take <= 0) {
                    continue;
                }
                Batch batch = stock.batch((Long) row[1]);
                stock.post(stock.balance(batch.id(), Pool.RETURN), take, Reason.UNPACK, orderNumber,
                        "returned: " + returnNumber, actor);
                booked.add(new ConsumedBatch(product.sku(), product.name(), product.sizeLabel(), batch.batchNumber(),
                        batch.expiryDate(), take));
                left -= take;
            }
        }
        audit.record(actor, "STOCK_RETURNED", orderNumber, returnNumber + ": " + describe(booked) + " into Return stock");
        return booked;
    }

    /** Whether returned packs of this batch may go back on the counter (see {@link #restock}). */
    @Transactional(readOnly = true)
    public boolean mayRestock(String sku, String batchNumber, boolean sealed) {
        Product product = products.findBySku(sku.trim().toUpperCase(Locale.ROOT)).orElse(null);
        if (product == null || (!product.returnsRestockable() && !sealed)) {
            return false;
        }
        return batches.findByProductIdAndBatchNumber(product.id(), batchNumber)
                .map(b -> !b.isExpiredOn(clock.today())).orElse(false);
    }

    /**
     * Moves inspected packs from Return to Counter stock. Allowed for products whose returns may be
     * restocked (sealed dry snacks) or, with {@code sealed}, for packs the customer never opened
     * (refused at the door); never for an expired batch.
     *
     * @throws ConflictException when the product or batch may not go back on the counter, or Return
     *         stock holds fewer packs of the batch
     */
    @Transactional
    public void restock(String orderNumber, String returnNumber, String sku, String batchNumber, int quantity,
            boolean sealed, String actor) {
        Product product = product(sku);
        if (!product.returnsRestockable() && !sealed) {
            throw new ConflictException(product.displayName() + " may not go back on the counter once returned; "
                    + "scrap it");
        }
        Batch batch = batch(product, batchNumber);
        if (batch.isExpiredOn(clock.today())) {
            throw new ConflictException("Batch " + batchNumber + " of " + product.displayName() + " expired on "
                    + batch.expiryDate() + "; scrap it");
        }
        StockLedger.Locked stock = ledger.lock(List.of(product.id()));
        requireInReturnStock(stock, product, batch, quantity);
        stock.move(batch.id(), Pool.RETURN, Pool.COUNTER, quantity, Reason.TRANSFER, orderNumber,
                "restocked after inspection: " + returnNumber, actor);
        audit.record(actor, "RETURN_RESTOCKED", orderNumber, returnNumber + ": " + quantity + " × "
                + product.displayName() + " batch " + batchNumber + " back to Counter stock");
    }

    /** Takes inspected packs out of Return stock for good (thrown away, given away). */
    @Transactional
    public void scrap(String orderNumber, String returnNumber, String sku, String batchNumber, int quantity,
            String actor) {
        Product product = product(sku);
        Batch batch = batch(product, batchNumber);
        StockLedger.Locked stock = ledger.lock(List.of(product.id()));
        requireInReturnStock(stock, product, batch, quantity);
        stock.post(stock.balance(batch.id(), Pool.RETURN), -quantity, Reason.ADJUSTMENT, orderNumber,
                "scrapped after inspection: " + returnNumber, actor);
        audit.record(actor, "RETURN_SCRAPPED", orderNumber, returnNumber + ": " + quantity + " × "
                + product.displayName() + " batch " + batchNumber + " scrapped");
    }

    private void requireInReturnStock(StockLedger.Locked stock, Product product, Batch batch, int quantity) {
        int held = stock.balance(batch.id(), Pool.RETURN).quantity();
        if (quantity <= 0 || quantity > held) {
            throw new ConflictException("Return stock holds " + held + " pack(s) of " + product.displayName()
                    + " batch " + batch.batchNumber() + ", not " + quantity);
        }
    }

    private Product product(String sku) {
        return products.findBySku(sku.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("sku", "is not a known SKU: '" + sku + "'"));
    }

    private Batch batch(Product product, String batchNumber) {
        return batches.findByProductIdAndBatchNumber(product.id(), batchNumber)
                .orElseThrow(() -> new InvalidInputException("batchNumber", "is not a batch of " + product.sku()
                        + ": '" + batchNumber + "'"));
    }

    private static int alreadyTaken(List<ConsumedBatch> booked, Product product, Batch batch) {
        return booked.stream().filter(b -> b.sku().equals(product.sku()) && b.batchNumber().equals(batch.batchNumber()))
                .mapToInt(ConsumedBatch::quantity).sum();
    }

    private static String describe(List<ConsumedBatch> booked) {
        return String.join(", ", booked.stream()
                .map(b -> b.quantity() + " × " + b.product() + " " + b.size() + " batch " + b.batchNumber()).toList());
    }
}

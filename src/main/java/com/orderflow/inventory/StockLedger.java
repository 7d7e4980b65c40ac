package com.orderflow.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import com.orderflow.inventory.LedgerEntry.Reason;
import com.orderflow.platform.ShopClock;

/**
 * The only way balances change: lock the balance rows of the products concerned, then post
 * quantities, each with its ledger row, in the caller's transaction. Nothing is held in memory
 * beyond the transaction, so any number of app nodes may sell from the same stock.
 */
@Component
class StockLedger {
    private final StockBalances balances;
    private final Batches batches;
    private final LedgerEntries entries;
    private final ShopClock clock;

    StockLedger(StockBalances balances, Batches batches, LedgerEntries entries, ShopClock clock) {
        this.balances = balances;
        this.batches = batches;
        this.entries = entries;
        this.clock = clock;
    }

    /** Locks every balance row of these products (see {@link StockBalances#lockAllOf}); needs a transaction. */
    Locked lock(Collection<Long> productIds) {
        return locked(productIds.isEmpty() ? List.of() : balances.lockAllOf(new TreeSet<>(productIds)));
    }

    /**
     * Locks the balance rows of these products' batches that hold stock ({@link StockBalances#lockStockedOf}):
     * for work that only takes stock that is there (a counter sale); needs a transaction.
     */
    Locked lockStocked(Collection<Long> productIds) {
        return locked(productIds.isEmpty() ? List.of() : balances.lockStockedOf(new TreeSet<>(productIds)));
    }

    private Locked locked(List<StockBalance> rows) {
        Map<Long, Batch> batchById = new HashMap<>();
        batches.findAllById(rows.stream().map(StockBalance::batchId).distinct().toList())
                .forEach(b -> batchById.put(b.id(), b));
        return new Locked(rows, batchById, clock.today());
    }

    /** Makes a batch with an empty balance in every pool, so that later changes only update rows. */
    Batch newBatch(Batch batch) {
        Batch saved = batches.save(batch);
        for (Pool pool : Pool.values()) {
            balances.save(new StockBalance(saved.productId(), saved.id(), pool));
        }
        return saved;
    }

    /** The locked balance rows of some products, for the rest of the transaction. */
    final class Locked {
        private final List<StockBalance> rows;
        private final Map<Long, Batch> batchById;
        private final LocalDate today;

        private Locked(List<StockBalance> rows, Map<Long, Batch> batchById, LocalDate today) {
            this.rows = rows;
            this.batchById = batchById;
            this.today = today;
        }

        LocalDate today() {
            return today;
        }

        Batch batch(Long batchId) {
            return batchById.get(batchId);
        }

        StockBalance balance(Long batchId, Pool pool) {
            return rows.stream().filter(r -> r.batchId().equals(batchId) && r.pool() == pool).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Batch " + batchId + " is not locked"));
        }

        /** A product's stock in a pool that may still be sold today, earliest expiry first. */
        List<StockBalance> unexpired(Long productId, Pool pool) {
            List<StockBalance> found = new ArrayList<>();
            for (StockBalance row : rows) {
                if (row.productId().equals(productId) && row.pool() == pool && row.quantity() > 0
                        && !batch(row.batchId()).isExpiredOn(today)) {
                    found.add(row);
                }
            }
            found.sort(Comparator.comparing((StockBalance r) -> batch(r.batchId()).expiryDate())
                    .thenComparing(StockBalance::batchId));
            return found;
        }

        int total(List<StockBalance> balances) {
            return balances.stream().mapToInt(StockBalance::quantity).sum();
        }

        /** Adds (or with a negative quantity, takes) stock and writes the ledger row for it. */
        void post(StockBalance balance, int quantity, Reason reason, String reference, String note, String actor) {
            balance.change(quantity);
            entries.save(new LedgerEntry(balance, quantity, reason, reference, note, actor, clock.now()));
        }

        /** Moves stock of one batch between pools: two ledger rows that add up to zero. */
        void move(Long batchId, Pool from, Pool to, int quantity, Reason reason, String reference, String note,
                String actor) {
            post(balance(batchId, from), -quantity, reason, reference, note, actor);
            post(balance(batchId, to), quantity, reason, reference, note, actor);
        }
    }
}

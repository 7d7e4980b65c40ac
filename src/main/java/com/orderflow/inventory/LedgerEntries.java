package com.orderflow.inventory;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerEntries extends JpaRepository<LedgerEntry, Long> {
    /** Units that left the shop (counter sales and packed orders) per product since a moment: [productId, units]. */
    @Query("""
            select e.productId, -sum(e.quantity) from LedgerEntry e
            where e.reason in (com.orderflow.inventory.LedgerEntry.Reason.COUNTER_SALE,
                               com.orderflow.inventory.LedgerEntry.Reason.CONSUME)
              and e.at >= :since
            group by e.productId""")
    List<Object[]> unitsSoldSince(Instant since);

    /** The first receipt per product: [productId, at]. */
    @Query("select e.productId, min(e.at) from LedgerEntry e where e.reason = "
            + "com.orderflow.inventory.LedgerEntry.Reason.RECEIPT group by e.productId")
    List<Object[]> firstReceipts();

    /**
     * Per batch, what an order's packing took and has not been given back yet: [productId, batchId,
     * net units] (negative while the packed goods are out of stock).
     */
    @Query("""
            select e.productId, e.batchId, sum(e.quantity) from LedgerEntry e
            where e.reference = :orderNumber
              and e.reason in (com.orderflow.inventory.LedgerEntry.Reason.CONSUME,
                               com.orderflow.inventory.LedgerEntry.Reason.UNPACK)
            group by e.productId, e.batchId""")
    List<Object[]> packedNotReturned(String orderNumber);
}

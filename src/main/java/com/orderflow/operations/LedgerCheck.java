package com.orderflow.operations;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stock: each balance (product, batch, pool) equals the sum of its ledger rows, and no ledger rows
 * add up to stock that has no balance row. Read-only SQL of this module.
 */
@Component
class LedgerCheck {
    private final JdbcTemplate jdbc;

    LedgerCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Finding> check() {
        return jdbc.query("""
                SELECT p.sku, b.batch_number, x.pool, x.ledger, x.balance
                FROM (SELECT COALESCE(l.product_id, s.product_id) AS product_id, COALESCE(l.batch_id, s.batch_id) AS batch_id,
                             COALESCE(l.pool, s.pool) AS pool, COALESCE(l.total, 0) AS ledger, COALESCE(s.quantity, 0) AS balance
                      FROM (SELECT product_id, batch_id, pool, SUM(quantity) AS total FROM stock_ledger
                            GROUP BY product_id, batch_id, pool) l
                      FULL OUTER JOIN stock_balance s
                        ON s.product_id = l.product_id AND s.batch_id = l.batch_id AND s.pool = l.pool) x
                JOIN product p ON p.id = x.product_id
                JOIN stock_batch b ON b.id = x.batch_id
                WHERE x.ledger <> x.balance
                ORDER BY p.sku, b.batch_number, x.pool
                """, (row, n) -> new Finding("STOCK", row.getString(1) + " batch " + row.getString(2) + " " + row.getString(3),
                "the balance says " + row.getLong(5) + " but the ledger adds up to " + row.getLong(4)));
    }
}

package com.orderflow.orders.process;

import java.util.List;

import com.orderflow.inventory.StockLine;
import com.orderflow.orders.OrderView;

/** An order's lines as stock keeping counts them (for the order and packing process adapters). */
public final class StockLines {
    private StockLines() {
    }

    public static List<StockLine> of(OrderView order) {
        return order.lines().stream().map(l -> new StockLine(l.sku(), l.size(), l.quantity())).toList();
    }
}

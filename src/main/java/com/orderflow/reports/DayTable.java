package com.orderflow.reports;

import java.util.List;

/**
 * The daily roll-up tables, described once so that one writer, one reader and one merge serve them
 * all: the table, its key columns (after {@code shop_day}), label columns (words that go with a key,
 * the latest wins), count columns, money columns, and whether it holds a duration histogram.
 */
enum DayTable {
    SALES("report_sales_day", List.of("channel"), List.of(),
            List.of("orders", "cancelled", "replacements", "items", "billed_orders", "dispatched", "delivered",
                    "delivered_promised", "delivered_on_time", "delivered_clean", "finished", "cancelled_final",
                    "returned_final"),
            List.of("booked", "revenue"), false),
    PRODUCT("report_product_day", List.of("sku", "zone_name", "source"), List.of("product", "size_label"),
            List.of("units"), List.of("item_value"), false),
    REGION("report_region_day", List.of("zone_name", "locality_key"), List.of("locality_name"),
            List.of("orders"), List.of("revenue"), false),
    CUSTOMER("report_customer_day", List.of("customer_phone"), List.of("customer_name"),
            List.of("orders"), List.of("revenue"), false),
    PERSON("report_person_day", List.of("person"), List.of(),
            List.of("delivered", "delivered_promised", "delivered_on_time", "returns_caused"), List.of(), false),
    CANCEL("report_cancel_day", List.of("reason_key"), List.of("reason"), List.of("orders"), List.of(), false),
    DURATION("report_duration_day", List.of("kind", "k1", "k2", "k3"), List.of(), List.of("n", "sum_ms"), List.of(),
            true);

    final String table;
    final List<String> keys;
    final List<String> labels;
    final List<String> counts;
    final List<String> money;
    final boolean histogram;

    DayTable(String table, List<String> keys, List<String> labels, List<String> counts, List<String> money,
            boolean histogram) {
        this.table = table;
        this.keys = keys;
        this.labels = labels;
        this.counts = counts;
        this.money = money;
        this.histogram = histogram;
    }

    int count(String column) {
        int index = counts.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(table + " has no count " + column);
        }
        return index;
    }

    int money(String column) {
        int index = money.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(table + " has no money column " + column);
        }
        return index;
    }

    /** Every column after shop_day, in the order the writer and reader use. */
    List<String> columns() {
        List<String> columns = new java.util.ArrayList<>(keys);
        columns.addAll(labels);
        columns.addAll(counts);
        columns.addAll(money);
        if (histogram) {
            columns.add("histogram");
        }
        return columns;
    }
}

package com.orderflow.inventory;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;

/**
 * The catalogue for order entry: products found by what a person types (part of a name in
 * English, Marathi or Hindi, a SKU, a size) or what a scanner reads (a pack label), each with its
 * price and the packs free now per pool. Callers check who may look (order entry: whoever may take
 * orders). Every call costs a fixed number of queries, whatever the number of products found.
 */
@Service
public class CatalogueSearch {
    /** Most products one search answers. */
    public static final int MAX_RESULTS = 20;

    private final NamedParameterJdbcTemplate jdbc;
    private final ShopClock clock;

    CatalogueSearch(NamedParameterJdbcTemplate jdbc, ShopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Products matching every word of {@code text} (each word in any name, the SKU or the size; "1kg"
     * matches "1 kg"), by name; a scanned pack label finds its product. Blank text finds nothing.
     */
    @Transactional(readOnly = true)
    public List<CatalogueItem> search(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        Optional<PackLabel> label = PackLabel.parse(typed);
        if (label.isPresent()) {
            return find(List.of(label.get().sku())).values().stream().toList();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("limit", Math.max(1, Math.min(limit, MAX_RESULTS)));
        List<String> conditions = new ArrayList<>();
        String[] words = typed.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length && i < 6; i++) {
            params.addValue("w" + i, "%" + escapeLike(words[i]) + "%");
            conditions.add("(LOWER(p.name) LIKE :w" + i + " ESCAPE '\\' OR LOWER(p.name_mr) LIKE :w" + i
                    + " ESCAPE '\\' OR LOWER(p.name_hi) LIKE :w" + i + " ESCAPE '\\' OR LOWER(p.sku) LIKE :w" + i
                    + " ESCAPE '\\' OR LOWER(REPLACE(p.size_label, ' ', '')) LIKE :w" + i + " ESCAPE '\\')");
        }
        return items(jdbc.query(SELECT_PRODUCTS + " WHERE " + String.join(" AND ", conditions)
                + " ORDER BY p.name, p.sku LIMIT :limit", params, (rs, n) -> row(rs)));
    }

    /**
     * The products behind these codes (SKUs in any case, or pack labels), keyed by the code as given;
     * codes that name no product are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, CatalogueItem> find(Collection<String> codes) {
        Map<String, String> skuByCode = new LinkedHashMap<>();
        for (String code : codes) {
            if (code != null && !code.isBlank()) {
                skuByCode.put(code, PackLabel.parse(code).map(PackLabel::sku)
                        .orElse(code.strip().toUpperCase(Locale.ROOT)));
            }
        }
        if (skuByCode.isEmpty()) {
            return Map.of();
        }
        Map<String, CatalogueItem> bySku = new HashMap<>();
        items(jdbc.query(SELECT_PRODUCTS + " WHERE p.sku IN (:skus)",
                new MapSqlParameterSource("skus", skuByCode.values()), (rs, n) -> row(rs)))
                .forEach(item -> bySku.put(item.sku(), item));
        Map<String, CatalogueItem> found = new LinkedHashMap<>();
        skuByCode.forEach((code, sku) -> {
            if (bySku.containsKey(sku)) {
                found.put(code, bySku.get(sku));
            }
        });
        return found;
    }

    private static final String SELECT_PRODUCTS =
            "SELECT p.id, p.sku, p.name, p.name_mr, p.name_hi, p.size_label, p.price FROM product p";

    private record Row(long id, String sku, String name, String nameMr, String nameHi, String size, BigDecimal price) {
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("sku"), rs.getString("name"), rs.getString("name_mr"),
                rs.getString("name_hi"), rs.getString("size_label"), rs.getBigDecimal("price"));
    }

    /** The rows with their free packs per pool, read for all of them in two queries. */
    private List<CatalogueItem> items(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", rows.stream().map(Row::id).toList())
                .addValue("today", Date.valueOf(clock.today()));
        Map<Long, int[]> free = new HashMap<>();
        jdbc.query("SELECT b.product_id, b.pool, SUM(b.quantity) AS units FROM stock_balance b"
                + " JOIN stock_batch t ON t.id = b.batch_id WHERE b.product_id IN (:ids) AND t.expiry_date >= :today"
                + " AND b.pool IN ('COUNTER', 'ADVANCE_BOOKING') GROUP BY b.product_id, b.pool", params, rs -> {
                    int[] pools = free.computeIfAbsent(rs.getLong("product_id"), id -> new int[2]);
                    pools[Pool.COUNTER.name().equals(rs.getString("pool")) ? 0 : 1] += rs.getInt("units");
                });
        jdbc.query("SELECT r.product_id, SUM(r.quantity) AS units FROM stock_reservation r"
                + " JOIN stock_batch t ON t.id = r.batch_id WHERE r.product_id IN (:ids) AND t.expiry_date >= :today"
                + " GROUP BY r.product_id", params, rs -> {
                    free.computeIfAbsent(rs.getLong("product_id"), id -> new int[2])[1] -= rs.getInt("units");
                });
        return rows.stream().map(r -> {
            int[] pools = free.getOrDefault(r.id(), new int[2]);
            return new CatalogueItem(r.sku(), r.name(), r.nameMr(), r.nameHi(), r.size(), r.price(), pools[0],
                    Math.max(0, pools[1]));
        }).toList();
    }

    /** The text as a LIKE pattern matches it literally: % and _ are not wildcards when typed. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

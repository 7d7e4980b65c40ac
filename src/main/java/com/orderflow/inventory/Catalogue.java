package com.orderflow.inventory;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Finds products and batches from what a person typed or a scanner read: a SKU or a pack label.
 * Public only for {@link #gstRatePercent}, which billing reads, and {@link #shelfLifeDays}, which
 * returns reads.
 */
@Component
public class Catalogue {
    private final Products products;
    private final Batches batches;
    private final JdbcTemplate jdbc;

    Catalogue(Products products, Batches batches, JdbcTemplate jdbc) {
        this.products = products;
        this.batches = batches;
        this.jdbc = jdbc;
    }

    /**
     * The GST rate of a product in percent (5.00 means CGST 2.5 % + SGST 2.5 %), or empty when the
     * product has none recorded or the SKU is unknown. The column belongs to billing's migration and
     * is not mapped on {@link Product}, so it is read directly.
     */
    public Optional<BigDecimal> gstRatePercent(String sku) {
        if (sku == null || sku.isBlank()) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT gst_rate_percent FROM product WHERE sku = ?", BigDecimal.class,
                sku.trim().toUpperCase(Locale.ROOT)).stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * How many days a product keeps: expiry minus production date of its newest batch (by
     * production date), or empty for an unknown SKU or a product never received. Returns asks it to
     * tell perishable sweets (days) from dry snacks (months) without a column someone must keep up.
     */
    public Optional<Integer> shelfLifeDays(String sku) {
        if (sku == null || sku.isBlank()) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT b.production_date, b.expiry_date FROM stock_batch b JOIN product p"
                + " ON p.id = b.product_id WHERE p.sku = ? ORDER BY b.production_date DESC, b.id DESC",
                sku.trim().toUpperCase(Locale.ROOT)).stream().findFirst()
                .map(row -> (int) ChronoUnit.DAYS.between(
                        toDate(row.get("production_date")), toDate(row.get("expiry_date"))));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** A product, and the batch when a label was scanned. */
    record Found(Product product, Batch batch, PackLabel label) {
    }

    /** Resolves a code, or adds a problem for {@code field} and answers empty. */
    Optional<Found> find(String code, String field, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem(field, "must not be blank: type a SKU or scan a pack label"));
            return Optional.empty();
        }
        Optional<PackLabel> label = PackLabel.parse(code);
        String sku = label.map(PackLabel::sku).orElse(code.trim().toUpperCase(Locale.ROOT));
        Optional<Product> product = products.findBySku(sku);
        if (product.isEmpty()) {
            problems.add(new FieldProblem(field, "is not a known SKU or pack label: '" + code.trim() + "'"));
            return Optional.empty();
        }
        Batch batch = null;
        if (label.isPresent()) {
            batch = batches.findByProductIdAndBatchNumber(product.get().id(), label.get().batchNumber()).orElse(null);
        }
        return Optional.of(new Found(product.get(), batch, label.orElse(null)));
    }

    Product product(String sku, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Found> found = find(sku, field, problems);
        if (found.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return found.get().product();
    }

    Optional<Batch> batch(Product product, String batchNumber) {
        return batchNumber == null ? Optional.empty()
                : batches.findByProductIdAndBatchNumber(product.id(), batchNumber.trim());
    }
}

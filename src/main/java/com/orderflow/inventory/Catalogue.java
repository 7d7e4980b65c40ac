package com.orderflow.inventory;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Finds products and batches from what a person typed or a scanner read: a SKU, a pack label or
 * the maker's barcode. Public for what other modules read of a product: billing its GST rate and
 * HSN/SAC code, returns its shelf life and whether it is perishable.
 */
@Component
public class Catalogue {
    private static final java.util.regex.Pattern BARCODE = java.util.regex.Pattern.compile("\\d{8,14}");

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
     * product has none recorded or the SKU is unknown.
     */
    public Optional<BigDecimal> gstRatePercent(String sku) {
        if (sku == null || sku.isBlank()) {
            return Optional.empty();
        }
        return products.bySku(sku.strip().toUpperCase(Locale.ROOT)).map(Product::gstRatePercent);
    }

    /** The product's HSN or SAC code as printed on GST invoices, or empty when none is recorded. */
    public Optional<String> hsn(String sku) {
        if (sku == null || sku.isBlank()) {
            return Optional.empty();
        }
        return products.bySku(sku.strip().toUpperCase(Locale.ROOT)).map(Product::hsn);
    }

    /**
     * Whether a product is perishable: as set on the products page, or else whether it keeps at most
     * {@code withinDays} (see {@link #shelfLifeDays}); a product never received counts as perishable,
     * the careful answer.
     */
    public boolean perishable(String sku, int withinDays) {
        Optional<Boolean> set = sku == null || sku.isBlank() ? Optional.empty()
                : products.bySku(sku.strip().toUpperCase(Locale.ROOT)).map(Product::perishable);
        return set.orElseGet(() -> shelfLifeDays(sku).map(days -> days <= withinDays).orElse(true));
    }

    /**
     * How many days a product keeps: expiry minus production date of its newest batch (by
     * production date), or empty for an unknown SKU or a product never received. Returns asks it to
     * tell perishable sweets (days) from dry snacks (months) without a column someone must keep up.
     */
    Optional<Integer> shelfLifeDays(String sku) {
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
        Optional<Product> product = products.bySku(sku);
        if (product.isEmpty() && label.isEmpty() && BARCODE.matcher(code.strip()).matches()) {
            product = products.findByBarcode(code.strip());
        }
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

package com.orderflow.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/** Finds products and batches from what a person typed or a scanner read: a SKU or a pack label. */
@Component
class Catalogue {
    private final Products products;
    private final Batches batches;

    Catalogue(Products products, Batches batches) {
        this.products = products;
        this.batches = batches;
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

package com.orderflow.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.StockPermissions.Action;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditEntry;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * The product master (admins): products per size with price, GST rate, HSN/SAC, barcode,
 * perishability and reorder level. Every change is audited; a price change is audited on its own
 * ({@value #PRICE_CHANGED}, old and new price) so that the price history of a product can be read
 * back. Each call changes all it should or nothing.
 */
@Service
public class ProductMaster {
    static final String PRICE_CHANGED = "PRODUCT_PRICE_CHANGED";
    private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final int HISTORY = 500;

    private final Products products;
    private final AuditLog audit;
    private final ShopClock clock;

    ProductMaster(Products products, AuditLog audit, ShopClock clock) {
        this.products = products;
        this.audit = audit;
        this.clock = clock;
    }

    /** A product as the products page shows it. */
    public record ProductRow(String sku, String name, String size, BigDecimal unitWeightGrams, BigDecimal price,
            BigDecimal gstRatePercent, String hsn, String barcode, Boolean perishable, boolean returnsRestockable,
            int reorderLevel) {

        static ProductRow of(Product p) {
            return new ProductRow(p.sku(), p.name(), p.sizeLabel(), p.unitWeightGrams(), p.price(), p.gstRatePercent(),
                    p.hsn(), p.barcode(), p.perishable(), p.returnsRestockable(), p.reorderLevel());
        }

        public ProductDetails details() {
            return new ProductDetails(name, size, unitWeightGrams, price, gstRatePercent, hsn, barcode, perishable,
                    returnsRestockable, reorderLevel);
        }
    }

    /** One price change: when, who, and the audit line ("KK-1KG: ₹1,200.00 → ₹1,250.00"). */
    public record PriceChange(Instant at, String actor, String change) {
    }

    public boolean mayManage(CurrentUser user) {
        return StockPermissions.allows(user, Action.MANAGE_PRODUCTS);
    }

    @Transactional(readOnly = true)
    public List<ProductRow> list(CurrentUser user) {
        StockPermissions.check(user, Action.MANAGE_PRODUCTS);
        return products.findAll(Sort.by("name", "sku")).stream().map(ProductRow::of).toList();
    }

    @Transactional(readOnly = true)
    public ProductRow get(String sku, CurrentUser user) {
        StockPermissions.check(user, Action.MANAGE_PRODUCTS);
        return ProductRow.of(load(sku));
    }

    /** The product's price changes, newest first. */
    @Transactional(readOnly = true)
    public List<PriceChange> priceHistory(String sku, CurrentUser user) {
        StockPermissions.check(user, Action.MANAGE_PRODUCTS);
        String prefix = load(sku).sku() + ": ";
        return audit.latest(PRICE_CHANGED, HISTORY).stream().filter(e -> e.details().startsWith(prefix))
                .map(e -> new PriceChange(e.at(), e.actor(), e.details())).toList();
    }

    /** Adds a product; answers its SKU (upper case). */
    @Transactional
    public String add(StockRequests.NewProduct request, CurrentUser user) {
        StockPermissions.check(user, Action.MANAGE_PRODUCTS);
        List<FieldProblem> problems = new ArrayList<>();
        String sku = request.sku() == null ? "" : request.sku().strip().toUpperCase(Locale.ROOT);
        if (!SKU.matcher(sku).matches()) {
            problems.add(new FieldProblem("sku", "must be 2-40 letters, digits or '-'"));
        } else if (products.findBySku(sku).isPresent()) {
            problems.add(new FieldProblem("sku", "is already used by another product"));
        }
        ProductDetails details = ProductRules.checked(request.details(), problems);
        checkBarcodeFree(details.barcode(), null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Product product = new Product(sku, details.name(), details.size(), details.unitWeightGrams(), details.price(),
                details.reorderLevel(), details.returnsRestockable(), clock.now());
        product.describe(details.gstRatePercent(), details.hsn(), details.barcode(), details.perishable());
        products.save(product);
        audit.record(user.id(), "PRODUCT_ADDED", null, sku + " " + details.name() + " " + details.size() + " at "
                + Rupees.format(details.price()));
        return sku;
    }

    /** Changes everything but the SKU; audits what changed, the price on its own line. */
    @Transactional
    public ProductRow change(String sku, ProductDetails requested, CurrentUser user) {
        StockPermissions.check(user, Action.MANAGE_PRODUCTS);
        Product product = load(sku);
        List<FieldProblem> problems = new ArrayList<>();
        ProductDetails details = ProductRules.checked(requested, problems);
        checkBarcodeFree(details.barcode(), product, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProductRow before = ProductRow.of(product);
        product.change(details);
        products.saveAndFlush(product);
        if (before.price().compareTo(details.price()) != 0) {
            audit.record(user.id(), PRICE_CHANGED, null, product.sku() + ": " + Rupees.format(before.price()) + " → "
                    + Rupees.format(details.price()));
        }
        String changes = changes(before.details(), details);
        if (!changes.isEmpty()) {
            audit.record(user.id(), "PRODUCT_CHANGED", null, product.sku() + ": " + changes);
        }
        return ProductRow.of(product);
    }

    private void checkBarcodeFree(String barcode, Product self, List<FieldProblem> problems) {
        if (barcode != null) {
            products.findByBarcode(barcode).filter(other -> self == null || !other.id().equals(self.id()))
                    .ifPresent(other -> problems.add(new FieldProblem("barcode",
                            "is already the barcode of another product")));
        }
    }

    /** "name Kaju Katli → Kaju Katli (special); GST % 5.00 → 12.00", price left to its own audit line. */
    private static String changes(ProductDetails was, ProductDetails now) {
        List<String> changed = new ArrayList<>();
        change(changed, "name", was.name(), now.name());
        change(changed, "size", was.size(), now.size());
        change(changed, "unit weight g", plain(was.unitWeightGrams()), plain(now.unitWeightGrams()));
        change(changed, "GST %", plain(was.gstRatePercent()), plain(now.gstRatePercent()));
        change(changed, "HSN", was.hsn(), now.hsn());
        change(changed, "barcode", was.barcode(), now.barcode());
        change(changed, "perishable", was.perishable(), now.perishable());
        change(changed, "returns restockable", was.returnsRestockable(), now.returnsRestockable());
        change(changed, "reorder level", was.reorderLevel(), now.reorderLevel());
        return String.join("; ", changed);
    }

    private static void change(List<String> changed, String what, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            changed.add(what + " " + (was == null ? "-" : was) + " → " + (now == null ? "-" : now));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private Product load(String sku) {
        String normal = sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
        return products.findBySku(normal).orElseThrow(() -> new NotFoundException("No product " + sku));
    }
}

package com.orderflow.inventory;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product in one size, sold under its own SKU ("KK-1KG" is Kaju Katli 1 kg). */
@Entity
@Table(name = "product")
class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String sku;
    private String name;
    /** the name in Marathi and in Hindi, for search and for pages in those languages; null when not given */
    @Column(name = "name_mr")
    private String nameMr;
    @Column(name = "name_hi")
    private String nameHi;
    private String sizeLabel;
    /** grams, scale 3 */
    @Column(name = "unit_weight_grams")
    private BigDecimal unitWeightGrams;
    /** rupees, scale 2 */
    private BigDecimal price;
    private int reorderLevel;
    /** whether goods in Return stock may be put back on the counter (sealed dry snacks yes, sweets no) */
    private boolean returnsRestockable;
    private Instant createdAt;
    /** percent (5.00 = CGST 2.5 % + SGST 2.5 %); null = no GST on it */
    @Column(name = "gst_rate_percent")
    private BigDecimal gstRatePercent;
    /** HSN or SAC code printed on GST invoices; null = not recorded */
    private String hsn;
    /** the maker's barcode on a bought-in pack; null = none */
    private String barcode;
    /** null = decided by shelf life */
    private Boolean perishable;

    protected Product() {
    }

    Product(String sku, String name, String sizeLabel, BigDecimal unitWeightGrams, BigDecimal price, int reorderLevel,
            boolean returnsRestockable, Instant createdAt) {
        this.sku = sku;
        this.name = name;
        this.sizeLabel = sizeLabel;
        this.unitWeightGrams = unitWeightGrams;
        this.price = price;
        this.reorderLevel = reorderLevel;
        this.returnsRestockable = returnsRestockable;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String sku() {
        return sku;
    }

    String name() {
        return name;
    }

    String sizeLabel() {
        return sizeLabel;
    }

    String nameMr() {
        return nameMr;
    }

    String nameHi() {
        return nameHi;
    }

    /** Names the product in Marathi and Hindi; null or blank leaves a language without its own name. */
    void nameInOtherLanguages(String marathi, String hindi) {
        this.nameMr = marathi == null || marathi.isBlank() ? null : marathi.strip();
        this.nameHi = hindi == null || hindi.isBlank() ? null : hindi.strip();
    }

    BigDecimal unitWeightGrams() {
        return unitWeightGrams;
    }

    BigDecimal price() {
        return price;
    }

    int reorderLevel() {
        return reorderLevel;
    }

    boolean returnsRestockable() {
        return returnsRestockable;
    }

    BigDecimal gstRatePercent() {
        return gstRatePercent;
    }

    String hsn() {
        return hsn;
    }

    String barcode() {
        return barcode;
    }

    Boolean perishable() {
        return perishable;
    }

    /** Sets the tax and master data a new product was given beyond its constructor. */
    void describe(BigDecimal gstRatePercent, String hsn, String barcode, Boolean perishable) {
        this.gstRatePercent = gstRatePercent;
        this.hsn = hsn;
        this.barcode = barcode;
        this.perishable = perishable;
    }

    /**
     * The products page's edit of checked details (see {@link ProductRules}): everything but the
     * SKU, which labels, orders and bills already carry.
     */
    void change(ProductDetails details) {
        this.name = details.name();
        this.sizeLabel = details.size();
        this.unitWeightGrams = details.unitWeightGrams();
        this.price = details.price();
        this.reorderLevel = details.reorderLevel();
        this.returnsRestockable = Boolean.TRUE.equals(details.returnsRestockable());
        describe(details.gstRatePercent(), details.hsn(), details.barcode(), details.perishable());
    }

    /** "Kaju Katli 1 kg", as a cashier says it. */
    String displayName() {
        return name + " " + sizeLabel;
    }
}

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

    /** "Kaju Katli 1 kg", as a cashier says it. */
    String displayName() {
        return name + " " + sizeLabel;
    }
}

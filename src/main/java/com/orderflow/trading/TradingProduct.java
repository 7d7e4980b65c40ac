package com.orderflow.trading;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.orderflow.platform.web.ConflictException;

/**
 * A serial-tracked good the shop trades (an air conditioner, a water purifier): its vendor and cost,
 * warranty, the installation skill it needs (none: delivered and done) and our own stock of it.
 */
@Entity
@Table(name = "trading_product")
class TradingProduct {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String sku;
    private String name;
    @Column(name = "name_mr")
    private String nameMr;
    @Column(name = "name_hi")
    private String nameHi;
    private String category;
    private BigDecimal price;
    @Column(name = "vendor_code")
    private String vendorCode;
    @Column(name = "vendor_cost")
    private BigDecimal vendorCost;
    @Column(name = "serial_pattern")
    private String serialPattern;
    @Column(name = "warranty_months")
    private int warrantyMonths;
    @Column(name = "install_skill")
    private String installSkill;
    @Column(name = "on_hand")
    private int onHand;
    private int reserved;

    protected TradingProduct() {
    }

    TradingProduct(String sku, String name, String nameMr, String nameHi, String category, BigDecimal price,
            String vendorCode, BigDecimal vendorCost, String serialPattern, int warrantyMonths, String installSkill,
            int onHand) {
        this.sku = sku;
        this.name = name;
        this.nameMr = nameMr;
        this.nameHi = nameHi;
        this.category = category;
        this.price = price;
        this.vendorCode = vendorCode;
        this.vendorCost = vendorCost;
        this.serialPattern = serialPattern;
        this.warrantyMonths = warrantyMonths;
        this.installSkill = installSkill;
        this.onHand = onHand;
    }

    /** Whether a scanned serial has this product's shape (the maker's pattern, the whole of it). */
    boolean fitsSerial(String serial) {
        return Pattern.compile(serialPattern).matcher(serial).matches();
    }

    int available() {
        return onHand - reserved;
    }

    void reserve(int quantity) {
        if (quantity > available()) {
            throw new ConflictException(quantity + " of " + sku + " asked, " + available() + " free in our stock");
        }
        reserved += quantity;
    }

    void unreserve(int quantity) {
        reserved = Math.max(0, reserved - quantity);
    }

    /** Reserved units leave the warehouse with the shipment. */
    void ship(int quantity) {
        unreserve(quantity);
        onHand -= quantity;
    }

    void restock(int quantity) {
        onHand += quantity;
    }

    /** The name in the customer's language where the master has one. */
    String nameIn(String language) {
        if ("mr".equals(language) && nameMr != null && !nameMr.isBlank()) {
            return nameMr;
        }
        if ("hi".equals(language) && nameHi != null && !nameHi.isBlank()) {
            return nameHi;
        }
        return name;
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

    String category() {
        return category;
    }

    BigDecimal price() {
        return price;
    }

    String vendorCode() {
        return vendorCode;
    }

    BigDecimal vendorCost() {
        return vendorCost;
    }

    String serialPattern() {
        return serialPattern;
    }

    int warrantyMonths() {
        return warrantyMonths;
    }

    String installSkill() {
        return installSkill;
    }

    boolean needsInstallation() {
        return installSkill != null && !installSkill.isBlank();
    }

    int onHand() {
        return onHand;
    }
}

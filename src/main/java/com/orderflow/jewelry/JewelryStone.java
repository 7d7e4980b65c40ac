package com.orderflow.jewelry;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Stones of an order: the customer's own are counted out and back (never billed); the shop's carry
 * a price. Stones a karigar added to a repair are the shop's, marked as added at the karigar.
 */
@Entity
@Table(name = "jewelry_stone")
class JewelryStone {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    @Enumerated(EnumType.STRING)
    private StoneOwner owner;
    private String description;
    @Column(name = "stone_count")
    private int count;
    private BigDecimal grams;
    @Column(name = "price_rupees")
    private BigDecimal price;
    @Column(name = "added_at_karigar")
    private boolean addedAtKarigar;
    @Column(name = "returned_count")
    private int returnedCount;

    protected JewelryStone() {
    }

    JewelryStone(long orderId, StoneOwner owner, String description, int count, BigDecimal grams, BigDecimal price,
            boolean addedAtKarigar) {
        this.orderId = orderId;
        this.owner = owner;
        this.description = description.strip();
        this.count = count;
        this.grams = Weights.grams(grams == null ? BigDecimal.ZERO : grams);
        this.price = owner == StoneOwner.SHOP ? Weights.rupees(price) : Weights.rupees(BigDecimal.ZERO);
        this.addedAtKarigar = addedAtKarigar;
    }

    void returned(int stones) {
        this.returnedCount = stones;
    }

    long orderId() { return orderId; }
    StoneOwner owner() { return owner; }
    String description() { return description; }
    int count() { return count; }
    BigDecimal grams() { return grams; }
    BigDecimal price() { return price; }
    boolean addedAtKarigar() { return addedAtKarigar; }
    int returnedCount() { return returnedCount; }

    StoneView toView() {
        return new StoneView(owner, description, count, grams, price, addedAtKarigar, returnedCount);
    }
}

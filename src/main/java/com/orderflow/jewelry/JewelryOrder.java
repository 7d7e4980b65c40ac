package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A custom or repair order (J1, J9): what the customer asked for, where it is, which karigar has it
 * and what came back. Its state is a projection that the order's process writes at its milestones.
 */
@Entity
@Table(name = "jewelry_order")
class JewelryOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_number")
    private String number;
    @Enumerated(EnumType.STRING)
    private JewelryKind kind;
    @Enumerated(EnumType.STRING)
    private JewelryState state;
    @Column(name = "state_since")
    private Instant stateSince;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "customer_phone")
    private String customerPhone;
    @Column(name = "customer_language")
    private String customerLanguage;
    @Column(name = "customer_channel")
    private String customerChannel;
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "counter_name")
    private String counterName;
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(name = "design_source")
    private DesignSource designSource;
    @Column(name = "shop_item_tag")
    private String shopItemTag;
    @Column(name = "design_description")
    private String designDescription;
    @Enumerated(EnumType.STRING)
    private Metal metal;
    private String purity;
    @Column(name = "target_grams")
    private BigDecimal targetGrams;
    @Column(name = "tolerance_grams")
    private BigDecimal toleranceGrams;
    @Column(name = "size_text")
    private String size;
    @Column(name = "making_per_gram")
    private BigDecimal makingPerGram;
    @Column(name = "making_flat")
    private BigDecimal makingFlat;
    @Column(name = "advance_rupees")
    private BigDecimal advance;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "item_gross_grams")
    private BigDecimal itemGrossGrams;
    @Column(name = "item_condition")
    private String itemCondition;
    @Column(name = "repair_work")
    private String repairWork;
    @Column(name = "karigar_id")
    private String karigarId;
    @Column(name = "assigned_by")
    private String assignedBy;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "slipped_at")
    private Instant slippedAt;
    @Column(name = "issued_metal_grams")
    private BigDecimal issuedMetalGrams;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "received_gross_grams")
    private BigDecimal receivedGrossGrams;
    @Column(name = "received_net_grams")
    private BigDecimal receivedNetGrams;
    @Column(name = "weight_difference_grams")
    private BigDecimal weightDifferenceGrams;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "labour_rupees")
    private BigDecimal labour;
    @Column(name = "tag_number")
    private String tagNumber;
    @Column(name = "ready_at")
    private Instant readyAt;
    @Column(name = "bill_rate_date")
    private LocalDate billRateDate;
    @Column(name = "bill_rate")
    private BigDecimal billRate;
    @Column(name = "bill_total")
    private BigDecimal billTotal;
    @Column(name = "handed_over_by")
    private String handedOverBy;
    @Column(name = "handed_over_at")
    private Instant handedOverAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected JewelryOrder() {
    }

    JewelryOrder(String number, JewelryIntake.Checked intake, String actor, Instant now) {
        NewJewelryOrder r = intake.request();
        this.number = number;
        this.kind = intake.kind();
        this.state = JewelryState.ORDER_BOX;
        this.stateSince = now;
        this.customerName = r.customerName().strip();
        this.customerPhone = intake.phone();
        this.customerLanguage = intake.language();
        this.customerChannel = intake.channel();
        this.branchCode = r.branch();
        this.counterName = r.counter().strip();
        this.category = intake.category();
        this.designSource = intake.designSource();
        this.shopItemTag = blankToNull(r.shopItemTag());
        this.designDescription = blankToNull(r.designDescription());
        this.metal = intake.metal();
        this.purity = r.purity().strip().toUpperCase(java.util.Locale.ROOT);
        this.targetGrams = Weights.grams(r.targetGrams());
        this.toleranceGrams = Weights.grams(r.toleranceGrams());
        this.size = blankToNull(r.size());
        this.makingPerGram = Weights.rupees(r.makingPerGram());
        this.makingFlat = Weights.rupees(r.makingFlat());
        this.advance = Weights.rupees(r.advance());
        this.dueDate = r.dueDate();
        this.itemGrossGrams = Weights.grams(r.itemGrossGrams());
        this.itemCondition = blankToNull(r.itemCondition());
        this.repairWork = blankToNull(r.repairWork());
        this.labour = r.labour() == null ? null : Weights.rupees(r.labour());
        this.createdBy = actor;
        this.createdAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    void moveTo(JewelryState next, Instant now) {
        if (state != next) {
            state = next;
            stateSince = now;
        }
    }

    void assign(String karigar, String actor, Instant now) {
        this.karigarId = karigar;
        this.assignedBy = actor;
        this.assignedAt = now;
        this.slippedAt = null;
        moveTo(JewelryState.ASSIGNED, now);
    }

    void slipped(Instant now) {
        this.slippedAt = now;
    }

    void issued(BigDecimal metalGrams, Instant now) {
        this.issuedMetalGrams = metalGrams;
        this.issuedAt = now;
        moveTo(JewelryState.WITH_KARIGAR, now);
    }

    void received(BigDecimal gross, BigDecimal net, BigDecimal difference, BigDecimal labourRupees, Instant now) {
        this.receivedGrossGrams = gross;
        this.receivedNetGrams = net;
        this.weightDifferenceGrams = difference;
        if (labourRupees != null) {
            this.labour = labourRupees;
        }
        this.receivedAt = now;
        moveTo(JewelryState.BACK_FROM_KARIGAR, now);
    }

    void backToKarigar(Instant now) {
        moveTo(JewelryState.WITH_KARIGAR, now);
    }

    void newDueDate(LocalDate date) {
        this.dueDate = date;
    }

    void tagged(String tag, Instant now) {
        this.tagNumber = tag;
        moveTo(JewelryState.TAGGED, now);
    }

    void ready(Instant now) {
        this.readyAt = now;
        moveTo(JewelryState.READY, now);
    }

    void billed(LocalDate rateDate, BigDecimal rate, BigDecimal total, String actor, Instant now) {
        this.billRateDate = rateDate;
        this.billRate = rate;
        this.billTotal = total;
        this.handedOverBy = actor;
        this.handedOverAt = now;
        moveTo(JewelryState.HANDED_OVER, now);
    }

    Long id() { return id; }
    String number() { return number; }
    JewelryKind kind() { return kind; }
    JewelryState state() { return state; }
    Instant stateSince() { return stateSince; }
    String customerName() { return customerName; }
    String customerPhone() { return customerPhone; }
    String customerLanguage() { return customerLanguage; }
    String customerChannel() { return customerChannel; }
    String branchCode() { return branchCode; }
    String counterName() { return counterName; }
    String category() { return category; }
    DesignSource designSource() { return designSource; }
    String shopItemTag() { return shopItemTag; }
    String designDescription() { return designDescription; }
    Metal metal() { return metal; }
    String purity() { return purity; }
    BigDecimal targetGrams() { return targetGrams; }
    BigDecimal toleranceGrams() { return toleranceGrams; }
    String size() { return size; }
    BigDecimal makingPerGram() { return makingPerGram; }
    BigDecimal makingFlat() { return makingFlat; }
    BigDecimal advance() { return advance; }
    LocalDate dueDate() { return dueDate; }
    BigDecimal itemGrossGrams() { return itemGrossGrams; }
    String itemCondition() { return itemCondition; }
    String repairWork() { return repairWork; }
    String karigarId() { return karigarId; }
    String assignedBy() { return assignedBy; }
    Instant slippedAt() { return slippedAt; }
    BigDecimal issuedMetalGrams() { return issuedMetalGrams; }
    Instant issuedAt() { return issuedAt; }
    BigDecimal receivedGrossGrams() { return receivedGrossGrams; }
    BigDecimal receivedNetGrams() { return receivedNetGrams; }
    BigDecimal weightDifferenceGrams() { return weightDifferenceGrams; }
    Instant receivedAt() { return receivedAt; }
    BigDecimal labour() { return labour; }
    String tagNumber() { return tagNumber; }
    Instant readyAt() { return readyAt; }
    LocalDate billRateDate() { return billRateDate; }
    BigDecimal billRate() { return billRate; }
    BigDecimal billTotal() { return billTotal; }
    String handedOverBy() { return handedOverBy; }
    Instant handedOverAt() { return handedOverAt; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
}

package com.orderflow.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.orderflow.platform.web.ConflictException;

/**
 * A trading order (E1): the customer, the lines at the master's prices, how it is paid, and where it
 * stands. It owns its transitions; a step the state does not allow is refused with a
 * {@link ConflictException} naming both.
 */
@Entity
@Table(name = "trading_order")
class TradingOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_number")
    private String number;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "customer_phone")
    private String customerPhone;
    @Column(name = "customer_email")
    private String customerEmail;
    private String address;
    private String city;
    private String pincode;
    private String language;
    private String channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_mode")
    private PaymentMode paymentMode;
    private BigDecimal total;
    @Enumerated(EnumType.STRING)
    private TradingState state;
    @Enumerated(EnumType.STRING)
    private Sourcing sourcing;
    @Column(name = "paid_amount")
    private BigDecimal paidAmount;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "payment_reference")
    private String paymentReference;
    @Column(name = "packed_weight_grams")
    private Integer packedWeightGrams;
    @Column(name = "closing_reason")
    private String closingReason;
    @Column(name = "refund_reference")
    private String refundReference;
    private Integer rating;
    @Column(name = "rating_comment")
    private String ratingComment;
    @Column(name = "rated_at")
    private Instant ratedAt;
    @Column(name = "tracking_seed")
    private String trackingSeed;
    @Column(name = "tracking_hash")
    private String trackingHash;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<TradingOrderLine> lines = new ArrayList<>();

    protected TradingOrder() {
    }

    TradingOrder(String number, NewTradingOrder.Customer customer, String phone, PaymentMode paymentMode,
            String trackingSeed, String trackingHash, String createdBy, Instant createdAt) {
        this.number = number;
        this.customerName = customer.name().strip();
        this.customerPhone = phone;
        this.customerEmail = customer.email() == null || customer.email().isBlank() ? null
                : customer.email().strip().toLowerCase(java.util.Locale.ROOT);
        this.address = customer.address().strip();
        this.city = customer.city().strip();
        this.pincode = customer.pincode().strip();
        this.language = customer.language() == null || customer.language().isBlank() ? "en" : customer.language();
        this.channel = customer.channel() == null || customer.channel().isBlank() ? "WHATSAPP" : customer.channel();
        this.paymentMode = paymentMode;
        this.state = TradingState.PLACED;
        this.total = BigDecimal.ZERO.setScale(2);
        this.trackingSeed = trackingSeed;
        this.trackingHash = trackingHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void add(TradingProduct product, int quantity) {
        TradingOrderLine line = new TradingOrderLine(this, lines.size() + 1, product, quantity);
        lines.add(line);
        total = total.add(line.lineTotal());
    }

    // ---- transitions ----

    /** The gateway's money arrived: exactly the total, in rupees. */
    void markPaid(BigDecimal amount, String reference, Instant at) {
        require("record a payment", TradingState.PLACED, TradingState.PAYMENT_VERIFIED, TradingState.SOURCING,
                TradingState.TO_PICK);
        if (paidAmount != null) {
            throw new ConflictException("Order " + number + " is already paid");
        }
        this.paidAmount = amount;
        this.paymentReference = reference;
        this.paidAt = at;
    }

    /** Cash collected at the door, with the delivery. */
    void markCollected(BigDecimal amount, Instant at) {
        if (paymentMode != PaymentMode.COD) {
            throw new ConflictException("Order " + number + " was paid in advance; nothing is collected at the door");
        }
        this.paidAmount = amount;
        this.paymentReference = "cash on delivery";
        this.paidAt = at;
    }

    void verifyPayment() {
        require("verify its payment", TradingState.PLACED);
        state = TradingState.PAYMENT_VERIFIED;
    }

    void source(Sourcing from) {
        require("allocate stock", TradingState.PAYMENT_VERIFIED, TradingState.SOURCING);
        this.sourcing = from;
        this.state = from == Sourcing.OWN_STOCK ? TradingState.TO_PICK : TradingState.SOURCING;
    }

    void vendorConfirmed() {
        require("take the vendor's confirmation", TradingState.SOURCING);
        state = TradingState.TO_PICK;
    }

    void markPicked() {
        require("be picked", TradingState.TO_PICK);
        state = TradingState.PICKED;
    }

    void markChecked() {
        require("pass quality control", TradingState.PICKED);
        state = TradingState.CHECKED;
    }

    void markPacked(int grams) {
        require("be packed", TradingState.CHECKED);
        state = TradingState.PACKED;
        packedWeightGrams = grams;
    }

    void markDispatched() {
        require("be handed to a courier", TradingState.PACKED);
        state = TradingState.DISPATCHED;
    }

    void markDelivered() {
        require("be delivered", TradingState.DISPATCHED);
        state = TradingState.DELIVERED;
    }

    void markInstalled() {
        require("be installed", TradingState.DELIVERED);
        state = TradingState.INSTALLED;
    }

    void rate(int stars, String comment, Instant at) {
        require("be rated", TradingState.DELIVERED, TradingState.INSTALLED);
        if (rating != null) {
            throw new ConflictException("Order " + number + " was already rated " + rating);
        }
        this.rating = stars;
        this.ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.ratedAt = at;
    }

    void complete() {
        require("be completed", TradingState.DELIVERED, TradingState.INSTALLED);
        state = TradingState.COMPLETED;
    }

    /** Asked to close without delivery (not paid, no vendor would supply it): the reason stays with it. */
    void closeFor(String reason) {
        if (state.isOver()) {
            throw new ConflictException("Order " + number + " is already " + state);
        }
        this.closingReason = reason;
    }

    /** Closed undelivered: cancelled before dispatch, returned after it. */
    TradingState closeUndelivered() {
        if (state.isOver()) {
            throw new ConflictException("Order " + number + " is already " + state);
        }
        state = TradingState.ON_THE_WAY.contains(state) ? TradingState.RETURNED : TradingState.CANCELLED;
        return state;
    }

    void refunded(String reference) {
        require("be refunded", TradingState.CANCELLED, TradingState.RETURNED);
        this.refundReference = reference;
    }

    private void require(String what, TradingState... allowed) {
        Set<TradingState> states = EnumSet.noneOf(TradingState.class);
        states.addAll(List.of(allowed));
        if (!states.contains(state)) {
            throw new ConflictException("Order " + number + " is " + state + " and cannot " + what);
        }
    }

    // ---- reading ----

    boolean needsRefund() {
        return paidAmount != null && refundReference == null && paymentMode == PaymentMode.PREPAID;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    String customerName() {
        return customerName;
    }

    String firstName() {
        int space = customerName.indexOf(' ');
        return space < 0 ? customerName : customerName.substring(0, space);
    }

    String customerPhone() {
        return customerPhone;
    }

    String customerEmail() {
        return customerEmail;
    }

    String address() {
        return address;
    }

    String city() {
        return city;
    }

    String pincode() {
        return pincode;
    }

    String language() {
        return language;
    }

    String channel() {
        return channel;
    }

    PaymentMode paymentMode() {
        return paymentMode;
    }

    BigDecimal total() {
        return total;
    }

    TradingState state() {
        return state;
    }

    Sourcing sourcing() {
        return sourcing;
    }

    BigDecimal paidAmount() {
        return paidAmount;
    }

    Instant paidAt() {
        return paidAt;
    }

    String paymentReference() {
        return paymentReference;
    }

    Integer packedWeightGrams() {
        return packedWeightGrams;
    }

    String closingReason() {
        return closingReason;
    }

    String refundReference() {
        return refundReference;
    }

    Integer rating() {
        return rating;
    }

    String ratingComment() {
        return ratingComment;
    }

    String trackingSeed() {
        return trackingSeed;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<TradingOrderLine> lines() {
        return List.copyOf(lines);
    }

    int unitCount() {
        return lines.stream().mapToInt(TradingOrderLine::quantity).sum();
    }

    String itemsSummary() {
        return String.join("; ", lines.stream().map(l -> l.name() + " × " + l.quantity()).toList());
    }
}

package com.orderflow.orders;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/**
 * A customer order (S1). Its status is a projection of the order-fulfilment process: the process
 * moves it at milestones, and every move is a {@link StatusChange}.
 */
@Entity
@Table(name = "customer_order")
class Order {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_number")
    private String number;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Column(name = "status_since")
    private Instant statusSince;
    @Embedded
    private Customer customer;
    @Column(name = "delivery_date")
    private LocalDate deliveryDate;
    @Column(name = "delivery_boy")
    private String deliveryBoy;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_slot")
    private DeliverySlot deliverySlot;
    @Enumerated(EnumType.STRING)
    private DeliveryPromise promise;
    @Column(name = "promised_by")
    private Instant promisedBy;
    private BigDecimal subtotal;
    @Column(name = "discount_total")
    private BigDecimal discountTotal;
    private BigDecimal total;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "packing_started_at")
    private Instant packingStartedAt;
    @Column(name = "packing_started_by")
    private String packingStartedBy;
    @Column(name = "delivery_zone")
    private String deliveryZone;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    // a list of orders loads the lines of up to 100 of them in one query, not one query per order
    @org.hibernate.annotations.BatchSize(size = 100)
    private List<OrderLine> lines = new ArrayList<>();

    protected Order() {
    }

    Order(String number, Channel channel, Customer customer, LocalDate deliveryDate, String createdBy, Instant now) {
        this.number = number;
        this.channel = channel;
        this.customer = customer;
        this.deliveryDate = deliveryDate;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = OrderStatus.RECEIVED;
        this.statusSince = now;
        this.subtotal = Money.rupees(BigDecimal.ZERO);
        this.discountTotal = Money.rupees(BigDecimal.ZERO);
        this.total = Money.rupees(BigDecimal.ZERO);
    }

    /**
     * An order that is never saved, priced by the same rules as a real one: what order entry shows
     * as the running total while the order is being taken.
     */
    static Order draft(List<PricedLine> lines, Instant now) {
        Order draft = new Order("draft", Channel.PHONE, null, null, "draft", now);
        lines.forEach(draft::addLine);
        return draft;
    }

    /**
     * Lines change on the order only before packing starts: while it is Received and no packer has
     * claimed its pack task. Afterwards the slip in the packer's hand and the books would disagree,
     * so changes go through a revised bill, which gives the packer an adjust-packing task.
     *
     * @param shopZone the zone the refusal tells the time in
     * @throws com.orderflow.platform.web.ConflictException naming that way, when packing has started
     */
    void requireItemsChangeable(ZoneId shopZone) {
        if (packingStartedAt != null) {
            throw new com.orderflow.platform.web.ConflictException("The items of order " + number
                    + " can change only before packing starts, and " + packingStartedBy + " started packing it on "
                    + DateTimeFormatter.ofPattern("d MMM yyyy 'at' h:mm a", Locale.ENGLISH)
                            .format(packingStartedAt.atZone(shopZone))
                    + ". Once it is packed, change the items through a revised bill (the packer then adjusts the "
                    + "packing); customer details and notes can still change.");
        }
        if (status != OrderStatus.RECEIVED) {
            throw new com.orderflow.platform.web.ConflictException("The items of order " + number
                    + " can change only before packing starts; it is " + status + ". Ask billing to revise the bill.");
        }
    }

    /** Empties the lines for new ones, if they may change (see {@link #requireItemsChangeable}). */
    void clearLinesForEdit(ZoneId shopZone) {
        requireItemsChangeable(shopZone);
        lines.clear();
        subtotal = Money.rupees(BigDecimal.ZERO);
        discountTotal = Money.rupees(BigDecimal.ZERO);
        total = Money.rupees(BigDecimal.ZERO);
    }

    /**
     * After packing, lines change only through a revised bill and only while the goods are still
     * in the shop: packed, billed or waiting for a delivery boy.
     */
    void clearLinesForBillRevision() {
        if (status != OrderStatus.PACKED && status != OrderStatus.BILLED && status != OrderStatus.READY_FOR_DISPATCH) {
            throw new com.orderflow.platform.web.ConflictException("The items of order " + number
                    + " can change through its bill only after packing and before it leaves the shop; it is "
                    + status);
        }
        lines.clear();
        subtotal = Money.rupees(BigDecimal.ZERO);
        discountTotal = Money.rupees(BigDecimal.ZERO);
        total = Money.rupees(BigDecimal.ZERO);
    }

    void changeCustomer(Customer customer) {
        this.customer = customer;
    }

    /** The zone the zone table gives the customer's address; null when no table could be asked. */
    void placeInZone(String zone) {
        this.deliveryZone = zone;
    }

    /**
     * A packer claimed the pack task: packing has started and the items are fixed from now on (see
     * {@link #clearLinesForEdit}). The first claim counts; a packer who gives the task back does not
     * undo it, as the slip is printed and goods may be picked.
     *
     * @return whether this was the first claim
     */
    boolean startPacking(String packer, Instant now) {
        if (packingStartedAt != null) {
            return false;
        }
        packingStartedAt = now;
        packingStartedBy = packer;
        return true;
    }

    /** An advance booking's date can move while it still waits for its day. */
    void changeDeliveryDate(LocalDate date) {
        if (!isAdvanceBooking() || status != OrderStatus.RECEIVED) {
            throw new com.orderflow.platform.web.ConflictException("The delivery date of order " + number
                    + " can change only for an advance booking that is not yet packed");
        }
        this.deliveryDate = date;
    }

    void addLine(PricedLine priced) {
        OrderLine line = new OrderLine(this, lines.size() + 1, priced);
        lines.add(line);
        subtotal = Money.rupees(subtotal.add(line.gross()));
        discountTotal = Money.rupees(discountTotal.add(line.discount()));
        total = Money.rupees(subtotal.subtract(discountTotal));
    }

    /**
     * Moves the order to a new status. Moving to the status it already has changes nothing (an
     * engine retry may run a listener twice); a final status is never left.
     *
     * @return the change to record, or null when nothing changed
     */
    StatusChange moveTo(OrderStatus to, String actor, Instant now) {
        if (status == to) {
            return null;
        }
        if (status.isFinal()) {
            throw new IllegalStateException("Order " + number + " is " + status + " and cannot become " + to);
        }
        StatusChange change = new StatusChange(id, status, to, actor, now);
        status = to;
        statusSince = now;
        return change;
    }

    /** The slot and promise (S6); the moment follows them and the delivery date, so callers recompute it. */
    void promise(DeliverySlot slot, DeliveryPromise promise, Instant promisedBy) {
        this.deliverySlot = slot;
        this.promise = promise;
        this.promisedBy = promisedBy;
    }

    /** Past its promised moment and not yet at a final status (S6): red on the board. */
    boolean isPastPromise(Instant now) {
        return promisedBy != null && !status.isFinal() && now.isAfter(promisedBy);
    }

    void assignDeliveryBoy(String user) {
        this.deliveryBoy = user;
    }

    void recordCancelReason(String reason) {
        this.cancelReason = reason;
    }

    boolean isAdvanceBooking() {
        return channel == Channel.ADVANCE_BOOKING;
    }

    /** Late: longer in its status than allowed, or an advance booking not delivered by its date. */
    boolean isLate(Instant now, Duration allowedInStatus, LocalDate today) {
        if (status.isFinal()) {
            return false;
        }
        boolean pastDeliveryDate = deliveryDate != null && today.isAfter(deliveryDate);
        boolean waitingForDate = isAdvanceBooking() && status == OrderStatus.RECEIVED
                && deliveryDate != null && today.isBefore(deliveryDate.minusDays(1));
        if (waitingForDate) {
            return false;
        }
        return pastDeliveryDate || (allowedInStatus != null && Duration.between(statusSince, now).compareTo(allowedInStatus) > 0);
    }

    String summary() {
        return lines.stream().map(OrderLine::summary).collect(Collectors.joining("; "));
    }

    int itemCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    Channel channel() {
        return channel;
    }

    OrderStatus status() {
        return status;
    }

    Instant statusSince() {
        return statusSince;
    }

    Customer customer() {
        return customer;
    }

    LocalDate deliveryDate() {
        return deliveryDate;
    }

    String deliveryBoy() {
        return deliveryBoy;
    }

    DeliverySlot deliverySlot() {
        return deliverySlot;
    }

    DeliveryPromise promise() {
        return promise;
    }

    Instant promisedBy() {
        return promisedBy;
    }

    BigDecimal subtotal() {
        return subtotal;
    }

    BigDecimal discountTotal() {
        return discountTotal;
    }

    BigDecimal total() {
        return total;
    }

    String cancelReason() {
        return cancelReason;
    }

    Instant packingStartedAt() {
        return packingStartedAt;
    }

    String packingStartedBy() {
        return packingStartedBy;
    }

    String deliveryZone() {
        return deliveryZone;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<OrderLine> lines() {
        return lines;
    }
}

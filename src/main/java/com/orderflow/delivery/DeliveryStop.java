package com.orderflow.delivery;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One order on a run, at its place in the route. The locality, pincode and zone are the order's
 * as they were when it was planned. The point is where the route goes: the order's exact point if
 * a dispatcher set one, else its locality's point from the master, else none (the stop then rides
 * last, and the page asks for a point).
 */
@Entity
@Table(name = "delivery_stop")
class DeliveryStop {
    /** Where a stop's point came from. */
    enum PointSource {
        ORDER, LOCALITY, NONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long runId;
    private String orderNumber;
    /** the order number while the stop is live, null after: one live stop per order (see V8) */
    private String liveOrderNumber;
    private int stopNo;
    private String locality;
    private String pincode;
    private String zoneName;
    private Double latitude;
    private Double longitude;
    @Enumerated(EnumType.STRING)
    private PointSource pointSource;
    private Integer metresFromPrevious;
    @Enumerated(EnumType.STRING)
    private StopOutcome outcome;
    private String returnReason;
    private String completedBy;
    private Instant completedAt;
    /** the engine's id of the stop's task, recorded when the task is created (see V12) */
    private String taskId;
    /** what the customer owed when the stop ended as delivered; null before, or without a live bill (see V18) */
    private BigDecimal amountDue;
    @Enumerated(EnumType.STRING)
    private CollectedMode collectedMode;
    private BigDecimal collectedAmount;
    private String collectedReference;

    protected DeliveryStop() {
    }

    DeliveryStop(Long runId, String orderNumber, String locality, String pincode, String zoneName) {
        this.runId = runId;
        this.orderNumber = orderNumber;
        this.liveOrderNumber = orderNumber;
        this.locality = locality;
        this.pincode = pincode;
        this.zoneName = zoneName;
        this.pointSource = PointSource.NONE;
    }

    Long id() {
        return id;
    }

    StopOutcome outcome() {
        return outcome;
    }

    String returnReason() {
        return returnReason;
    }

    Instant completedAt() {
        return completedAt;
    }

    String taskId() {
        return taskId;
    }

    /** The stop's task was created: completing that task, and only that one, ends this stop. */
    void linkTask(String taskId) {
        this.taskId = taskId;
    }

    boolean isOpen() {
        return outcome == null;
    }

    /** Ends the stop; the order is no longer live on a run, so nothing can plan it again by mistake. */
    void complete(StopOutcome outcome, String returnReason, String by, Instant at) {
        this.outcome = outcome;
        this.returnReason = returnReason;
        this.completedBy = by;
        this.completedAt = at;
        this.liveOrderNumber = null;
    }

    /**
     * What the delivery boy collected at the door against what was due (null: nothing was due, the
     * order had no live bill). Recorded once, as the stop ends delivered.
     */
    void collect(BigDecimal due, Collected collected) {
        if (collectedMode != null) {
            throw new IllegalStateException("The stop of order " + orderNumber + " has its collection already");
        }
        this.amountDue = due;
        this.collectedMode = collected.mode();
        this.collectedAmount = collected.amount();
        this.collectedReference = collected.reference();
    }

    BigDecimal amountDue() {
        return amountDue;
    }

    /** What was collected at the door; null for a stop that has not ended delivered (or ended before V18). */
    Collected collected() {
        return collectedMode == null ? null : new Collected(collectedMode, collectedAmount, collectedReference);
    }

    String completedBy() {
        return completedBy;
    }

    Long runId() {
        return runId;
    }

    String orderNumber() {
        return orderNumber;
    }

    int stopNo() {
        return stopNo;
    }

    String locality() {
        return locality;
    }

    String pincode() {
        return pincode;
    }

    String zoneName() {
        return zoneName;
    }

    Double latitude() {
        return latitude;
    }

    Double longitude() {
        return longitude;
    }

    PointSource pointSource() {
        return pointSource;
    }

    Integer metresFromPrevious() {
        return metresFromPrevious;
    }

    void moveTo(Long runId) {
        this.runId = runId;
    }

    void locate(GeoPoint point, PointSource source) {
        this.latitude = point == null ? null : point.latitude();
        this.longitude = point == null ? null : point.longitude();
        this.pointSource = point == null ? PointSource.NONE : source;
    }

    void place(int stopNo, Integer metresFromPrevious) {
        this.stopNo = stopNo;
        this.metresFromPrevious = metresFromPrevious;
    }
}

package com.orderflow.delivery;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One delivery boy's trip through one zone (K5, K15). Its number is its id. The stops are rows of
 * their own ({@link DeliveryStop}), so a stop moves between runs by changing its run.
 */
@Entity
@Table(name = "delivery_run")
class DeliveryRun {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String zoneName;
    private String deliveryBoy;
    @Enumerated(EnumType.STRING)
    private RunState state;
    private Instant plannedAt;
    private String plannedBy;
    /** whole metres of the route, the sum of its stops' legs */
    private int totalMetres;
    private Instant revisedAt;
    private Instant startedAt;
    private String startedBy;
    private Instant completedAt;
    @Version
    private long version;

    protected DeliveryRun() {
    }

    DeliveryRun(String zoneName, String deliveryBoy, String plannedBy, Instant plannedAt) {
        this.zoneName = zoneName;
        this.deliveryBoy = deliveryBoy;
        this.state = RunState.PLANNED;
        this.plannedBy = plannedBy;
        this.plannedAt = plannedAt;
        this.revisedAt = plannedAt;
    }

    Long number() {
        return id;
    }

    String zoneName() {
        return zoneName;
    }

    String deliveryBoy() {
        return deliveryBoy;
    }

    RunState state() {
        return state;
    }

    Instant plannedAt() {
        return plannedAt;
    }

    String plannedBy() {
        return plannedBy;
    }

    int totalMetres() {
        return totalMetres;
    }

    boolean isPlanned() {
        return state == RunState.PLANNED;
    }

    void routed(int totalMetres, Instant at) {
        this.totalMetres = totalMetres;
        this.revisedAt = at;
    }

    boolean isActive() {
        return state == RunState.ACTIVE;
    }

    Instant startedAt() {
        return startedAt;
    }

    String startedBy() {
        return startedBy;
    }

    Instant completedAt() {
        return completedAt;
    }

    /** Taken out: from now on its stops do not move, and its delivery boy completes them. */
    void start(String by, Instant at) {
        if (state != RunState.PLANNED) {
            throw new IllegalStateException("Run " + id + " is " + state + " and cannot be taken out");
        }
        this.state = RunState.ACTIVE;
        this.startedBy = by;
        this.startedAt = at;
    }

    void complete(Instant at) {
        if (state == RunState.ACTIVE) {
            this.state = RunState.COMPLETED;
            this.completedAt = at;
        }
    }

    void assign(String deliveryBoy, Instant at) {
        this.deliveryBoy = deliveryBoy;
        this.revisedAt = at;
    }
}

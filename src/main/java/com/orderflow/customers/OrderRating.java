package com.orderflow.customers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer's rating of one delivered order (F8): given once, never changed. */
@Entity
@Table(name = "order_rating")
class OrderRating {
    static final int LOWEST = 1;
    static final int HIGHEST = 5;
    /** Below this the customer is asked what went wrong and Customer Care gets a ticket. */
    static final int ASK_BELOW = 4;
    static final int MAX_COMMENT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_number")
    private String orderNumber;
    private String phone;
    private int stars;
    private String comment;
    @Column(name = "delivery_boy")
    private String deliveryBoy;
    private String packer;
    @Column(name = "ticket_number")
    private String ticketNumber;
    @Column(name = "rated_at")
    private Instant ratedAt;

    protected OrderRating() {
    }

    OrderRating(String orderNumber, String phone, int stars, String comment, String deliveryBoy, String packer,
            Instant ratedAt) {
        this.orderNumber = orderNumber;
        this.phone = phone;
        this.stars = stars;
        this.comment = comment;
        this.deliveryBoy = deliveryBoy;
        this.packer = packer;
        this.ratedAt = ratedAt;
    }

    void ticketOpened(String number) {
        this.ticketNumber = number;
    }

    Ratings.RatingView toView() {
        return new Ratings.RatingView(orderNumber, stars, comment, ticketNumber, ratedAt);
    }
}

package com.orderflow.customers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One name and address a customer's orders carried (F5): when first and last used, and how often. */
@Entity
@Table(name = "customer_detail")
class CustomerDetail {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "customer_id")
    private long customerId;
    private String name;
    private String address;
    private String locality;
    private String pincode;
    @Column(name = "first_seen_at")
    private Instant firstSeenAt;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;
    @Column(name = "last_order_number")
    private String lastOrderNumber;
    @Column(name = "times_used")
    private int timesUsed;

    protected CustomerDetail() {
    }

    CustomerAddress toView() {
        return new CustomerAddress(id, name, address, locality, pincode, firstSeenAt, lastSeenAt, lastOrderNumber,
                timesUsed);
    }
}

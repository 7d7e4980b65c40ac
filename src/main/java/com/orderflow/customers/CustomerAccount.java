package com.orderflow.customers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A customer (F5): exactly one per phone number in E.164, however the staff typed it on an order.
 * The name is the latest one used; every name and address is kept as {@link CustomerDetail} history.
 */
@Entity
@Table(name = "customer_account")
class CustomerAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String phone;
    private String name;
    private String language;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CustomerAccount() {
    }

    Long id() {
        return id;
    }

    String phone() {
        return phone;
    }

    String name() {
        return name;
    }

    String language() {
        return language;
    }

    Instant createdAt() {
        return createdAt;
    }

    CustomerProfile toProfile() {
        return new CustomerProfile(id, phone, name, language);
    }
}

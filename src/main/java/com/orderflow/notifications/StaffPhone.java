package com.orderflow.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The phone number a customer may be given for a staff member (the delivery boy bringing the order). */
@Entity
@Table(name = "staff_phone")
class StaffPhone {
    @Id
    @Column(name = "user_id")
    private String userId;
    private String phone;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StaffPhone() {
    }

    StaffPhone(String userId, String phone, String updatedBy, Instant updatedAt) {
        this.userId = userId;
        change(phone, updatedBy, updatedAt);
    }

    void change(String phone, String updatedBy, Instant updatedAt) {
        this.phone = phone;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    String userId() {
        return userId;
    }

    String phone() {
        return phone;
    }

    StaffPhoneView toView() {
        return new StaffPhoneView(userId, phone, updatedBy, updatedAt);
    }
}

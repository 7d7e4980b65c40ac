package com.orderflow.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A vendor the shop buys goods from and pays in stages (E3). */
@Entity
@Table(name = "trading_vendor")
class Vendor {
    @Id
    private String code;
    private String name;
    private String phone;
    private String email;
    private String language;
    private boolean active;

    protected Vendor() {
    }

    Vendor(String code, String name, String phone, String email, String language) {
        this.code = code;
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.language = language;
        this.active = true;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    String language() {
        return language;
    }

    boolean isActive() {
        return active;
    }
}

package com.orderflow.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The customer as given on the order; phone always in E.164. */
@Embeddable
class Customer {
    @Column(name = "customer_name")
    private String name;
    @Column(name = "customer_phone")
    private String phone;
    @Column(name = "customer_address")
    private String address;
    @Column(name = "customer_locality")
    private String locality;
    @Column(name = "customer_pincode")
    private String pincode;
    @Column(name = "customer_language")
    private String language;
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_contact_channel")
    private ContactChannel contactChannel;

    protected Customer() {
    }

    Customer(String name, String phone, String address, String locality, String pincode, String language,
            ContactChannel contactChannel) {
        this.name = name;
        this.phone = phone;
        this.address = address;
        this.locality = locality;
        this.pincode = pincode;
        this.language = language == null ? "en" : language;
        this.contactChannel = contactChannel == null ? ContactChannel.WHATSAPP : contactChannel;
    }

    String language() {
        return language;
    }

    ContactChannel contactChannel() {
        return contactChannel;
    }

    String name() {
        return name;
    }

    String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    String phone() {
        return phone;
    }

    String address() {
        return address;
    }

    String locality() {
        return locality;
    }

    String pincode() {
        return pincode;
    }
}

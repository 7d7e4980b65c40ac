package com.orderflow.trading;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A technician of the installation service: who (a user of the technician group), where, what he can install. */
@Entity
@Table(name = "trading_technician")
class Technician {
    @Id
    @Column(name = "user_id")
    private String userId;
    private String name;
    private String phone;
    private String zones;
    private String skills;
    private boolean active;

    protected Technician() {
    }

    Technician(String userId, String name, String phone, List<String> zones, List<String> skills) {
        this.userId = userId;
        this.name = name;
        this.phone = phone;
        this.zones = String.join(",", zones.stream().map(Technician::key).toList());
        this.skills = String.join(",", skills.stream().map(Technician::key).toList());
        this.active = true;
    }

    boolean covers(String zone, String skill) {
        return active && list(zones).contains(key(zone)) && list(skills).contains(key(skill));
    }

    /** Zones and skills are compared in lower case without surrounding spaces. */
    static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(Technician::key).filter(s -> !s.isEmpty()).toList();
    }

    String userId() {
        return userId;
    }

    String name() {
        return name;
    }

    String phone() {
        return phone;
    }

    boolean isActive() {
        return active;
    }
}

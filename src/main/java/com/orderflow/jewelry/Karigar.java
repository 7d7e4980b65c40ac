package com.orderflow.jewelry;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

/** An artisan the shop gives work to: name, the categories he makes, the metals he works, how to reach him. */
@Entity
@Table(name = "karigar")
class Karigar {
    @Id
    private String id;
    private String name;
    private String skills;
    private String metals;
    private String phone;
    private String email;
    private boolean active;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Karigar() {
    }

    Karigar(String id, String name, List<String> skills, List<Metal> metals, String phone, String email, String actor,
            Instant now) {
        this.id = id;
        change(name, skills, metals, phone, email, true, actor, now);
    }

    void change(String name, List<String> skills, List<Metal> metals, String phone, String email, boolean active,
            String actor, Instant now) {
        this.name = name;
        this.skills = String.join(",", skills);
        this.metals = String.join(",", metals.stream().map(Metal::name).toList());
        this.phone = phone;
        this.email = email;
        this.active = active;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    String id() { return id; }
    String name() { return name; }
    String phone() { return phone; }
    String email() { return email; }
    boolean active() { return active; }

    List<String> skills() {
        return skills == null || skills.isBlank() ? List.of() : Arrays.stream(skills.split(",")).map(String::strip).toList();
    }

    List<Metal> metals() {
        return metals == null || metals.isBlank() ? List.of()
                : Arrays.stream(metals.split(",")).map(String::strip).map(Metal::valueOf).toList();
    }

    /** Whether he makes this category in this metal (the assignment table's candidates). */
    boolean makes(String category, Metal metal) {
        return active && skills().contains(category) && metals().contains(metal);
    }

    KarigarView toView() {
        return new KarigarView(id, name, skills(), metals(), phone, email, active);
    }
}

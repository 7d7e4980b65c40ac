package com.orderflow.jewelry;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

/** An artisan the shop gives work to: name, the categories he makes, how to reach him. */
@Entity
@Table(name = "karigar")
class Karigar {
    @Id
    private String id;
    private String name;
    private String skills;
    private String phone;
    private String email;
    private boolean active;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Karigar() {
    }

    Karigar(String id, String name, List<String> skills, String phone, String email, String actor, Instant now) {
        this.id = id;
        change(name, skills, phone, email, true, actor, now);
    }

    void change(String name, List<String> skills, String phone, String email, boolean active, String actor,
            Instant now) {
        this.name = name;
        this.skills = String.join(",", skills);
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

    KarigarView toView() {
        return new KarigarView(id, name, skills(), phone, email, active);
    }
}

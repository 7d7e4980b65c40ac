package com.orderflow.jewelry;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A branch (one is the head office) and its counters, where orders are taken and pieces collected. */
@Entity
@Table(name = "jewelry_branch")
class Branch {
    @Id
    private String code;
    private String name;
    @Column(name = "head_office")
    private boolean headOffice;
    private String counters;

    protected Branch() {
    }

    Branch(String code, String name, boolean headOffice, List<String> counters) {
        this.code = code;
        this.name = name;
        this.headOffice = headOffice;
        this.counters = String.join(",", counters);
    }

    String code() { return code; }
    String name() { return name; }

    List<String> counters() {
        return Arrays.stream(counters.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    BranchView toView() {
        return new BranchView(code, name, headOffice, counters());
    }
}

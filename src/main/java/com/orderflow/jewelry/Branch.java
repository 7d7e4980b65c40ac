package com.orderflow.jewelry;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A branch (one is the head office) and its counters, where orders are taken and pieces collected.
 * Its name is also kept in Marathi and Hindi for the customers' messages.
 */
@Entity
@Table(name = "jewelry_branch")
class Branch {
    @Id
    private String code;
    private String name;
    @Column(name = "name_mr")
    private String nameMr;
    @Column(name = "name_hi")
    private String nameHi;
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

    /** The names a customer reads in Marathi and Hindi; a blank one leaves the English name. */
    Branch translated(String marathi, String hindi) {
        this.nameMr = marathi;
        this.nameHi = hindi;
        return this;
    }

    String code() { return code; }
    String name() { return name; }

    /** The branch's name in a customer's language (en, mr, hi): the English name where none is kept. */
    String name(String language) {
        String translated = switch (language == null ? "en" : language) {
            case "mr" -> nameMr;
            case "hi" -> nameHi;
            default -> null;
        };
        return translated == null || translated.isBlank() ? name : translated;
    }

    List<String> counters() {
        return Arrays.stream(counters.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    BranchView toView() {
        return new BranchView(code, name, headOffice, counters());
    }
}

package com.orderflow.jewelry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The order manager's morning report (J7): order numbers per heading, as they stood at report time. */
@Entity
@Table(name = "jewelry_morning_report")
class MorningReport {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "report_date")
    private LocalDate date;
    @Column(name = "due_today")
    private String dueToday;
    private String overdue;
    private String received;
    private String ready;
    @Column(name = "not_collected")
    private String notCollected;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MorningReport() {
    }

    MorningReport(LocalDate date, List<String> dueToday, List<String> overdue, List<String> received,
            List<String> ready, List<String> notCollected, Instant now) {
        this.date = date;
        this.dueToday = join(dueToday);
        this.overdue = join(overdue);
        this.received = join(received);
        this.ready = join(ready);
        this.notCollected = join(notCollected);
        this.createdAt = now;
    }

    /** The column holds 2000 characters: about 130 order numbers per heading, more than a shop has in a day. */
    private static String join(List<String> numbers) {
        String joined = String.join(",", numbers);
        return joined.length() <= 2000 ? joined : joined.substring(0, joined.lastIndexOf(',', 1990)) + ",…";
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }

    MorningReportView toView() {
        return new MorningReportView(id, date, split(dueToday), split(overdue), split(received), split(ready),
                split(notCollected), createdAt);
    }
}

package com.orderflow.orders;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note between departments on one order (K11); a reply points at the note it answers. */
@Entity
@Table(name = "order_note")
class OrderNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private Long orderId;
    @Column(name = "reply_to")
    private Long replyTo;
    private String author;
    @Column(name = "author_role")
    private String authorRole;
    private String body;
    @Column(name = "written_at")
    private Instant writtenAt;

    protected OrderNote() {
    }

    OrderNote(Long orderId, Long replyTo, String author, String authorRole, String body, Instant writtenAt) {
        this.orderId = orderId;
        this.replyTo = replyTo;
        this.author = author;
        this.authorRole = authorRole;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    Long id() {
        return id;
    }

    Long orderId() {
        return orderId;
    }

    Long replyTo() {
        return replyTo;
    }

    String author() {
        return author;
    }

    String authorRole() {
        return authorRole;
    }

    String body() {
        return body;
    }

    Instant writtenAt() {
        return writtenAt;
    }
}

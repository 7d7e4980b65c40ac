package com.orderflow.helpdesk;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The customer's photo on one message of a ticket: the app's own JPEG of what was uploaded ({@link PhotoCheck}). */
@Entity
@Table(name = "helpdesk_photo")
class TicketPhoto {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ticket_id")
    private long ticketId;
    @Column(name = "message_id")
    private long messageId;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    private byte[] bytes;
    @Column(name = "created_at")
    private Instant createdAt;

    protected TicketPhoto() {
    }

    TicketPhoto(long ticketId, long messageId, PhotoCheck.Checked photo, Instant createdAt) {
        this.ticketId = ticketId;
        this.messageId = messageId;
        this.contentType = photo.contentType();
        this.sizeBytes = photo.bytes().length;
        this.bytes = photo.bytes();
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long ticketId() {
        return ticketId;
    }

    String contentType() {
        return contentType;
    }

    byte[] bytes() {
        return bytes;
    }
}

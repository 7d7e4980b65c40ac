package com.orderflow.jewelry;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo of an order's design or of a repair item as received; the file is in the photo folder. */
@Entity
@Table(name = "jewelry_photo")
class JewelryPhoto {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected JewelryPhoto() {
    }

    JewelryPhoto(long orderId, String fileName, String contentType, long size, String uploadedBy, Instant now) {
        this.orderId = orderId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    Long id() { return id; }
    long orderId() { return orderId; }
    String fileName() { return fileName; }
    String contentType() { return contentType; }
    long size() { return size; }
}

package com.orderflow.tracking.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.platform.documents.Codes;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.tracking.TrackingLinks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Staff hand out and withdraw an order's tracking link (K1); who may is who may see the order. */
@RestController
@RequestMapping("/api/orders/{number}")
@Tag(name = "Tracking links")
class TrackingApi {
    private static final int QR_PIXELS = 320;
    private final TrackingLinks links;

    TrackingApi(TrackingLinks links) {
        this.links = links;
    }

    record TrackingLink(String url) {
    }

    @Operation(summary = "The order's public tracking link; issued on first request")
    @GetMapping("/tracking-link")
    ResponseEntity<TrackingLink> link(@PathVariable String number, CurrentUser user) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new TrackingLink(links.linkFor(number, user)));
    }

    @Operation(summary = "The tracking link as a QR code (PNG)")
    @GetMapping(value = "/tracking-qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String number, CurrentUser user) {
        // no-store: the picture is a bearer link and must not outlive a revocation in a cache
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(Codes.qrPng(links.linkFor(number, user), QR_PIXELS));
    }

    @Operation(summary = "Revoke the tracking link; the next request issues a new one")
    @PostMapping("/tracking-link/revoke")
    ResponseEntity<Void> revoke(@PathVariable String number, CurrentUser user) {
        links.revoke(number, user);
        return ResponseEntity.noContent().build();
    }
}

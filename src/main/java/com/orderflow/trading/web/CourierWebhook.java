package com.orderflow.trading.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.trading.ShipmentTracking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A courier's tracking webhook (S2). No login: the request is authenticated by
 * {@value #SIGNATURE_HEADER}, hex HMAC-SHA256 of the raw body under the courier's webhook secret,
 * checked before the body is read. A bad or missing signature (or an unknown courier) is 401 and
 * nothing is recorded; an unknown AWB or a body that is no scan is 400 naming the field. The same
 * scan twice, or scans out of order, change nothing more.
 */
@RestController
@Tag(name = "Trading couriers")
class CourierWebhook {
    static final String SIGNATURE_HEADER = "X-Courier-Signature";

    private final ShipmentTracking tracking;

    CourierWebhook(ShipmentTracking tracking) {
        this.tracking = tracking;
    }

    @Operation(summary = "A courier's scan: {scanId, awb, code, location, at, otp?, codCollected?, proofImage?}, signed "
            + "with " + SIGNATURE_HEADER + " = hex(HMAC-SHA256(webhook secret, body))")
    @PostMapping("/api/trading/couriers/{carrier}/scans")
    ResponseEntity<?> scan(@PathVariable String carrier, @RequestBody(required = false) byte[] body,
            @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!tracking.signedBy(carrier, raw, signature)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The " + SIGNATURE_HEADER + " header is missing or does not match the body for courier " + carrier);
            problem.setTitle("Bad signature");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        return ResponseEntity.ok(tracking.fromWebhook(carrier, raw));
    }
}

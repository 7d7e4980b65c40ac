package com.orderflow.billing.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.billing.BillingSettings;
import com.orderflow.billing.GatewayCallback;
import com.orderflow.billing.GatewayOutcome;
import com.orderflow.billing.PaymentService;
import com.orderflow.platform.web.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The payment gateway's callback (K16). No login: the request is authenticated by
 * {@value #SIGNATURE_HEADER}, hex HMAC-SHA256 of the raw body under the configured secret, checked
 * before the body is read. A bad or missing signature is 401 and nothing is recorded.
 */
@RestController
@Tag(name = "Payment gateway")
class GatewayWebhook {
    static final String SIGNATURE_HEADER = "X-Orderflow-Signature";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private final PaymentService payments;
    private final BillingSettings settings;

    GatewayWebhook(PaymentService payments, BillingSettings settings) {
        this.payments = payments;
        this.settings = settings;
    }

    @Operation(summary = "Payment gateway callback: {eventId, billNumber, amount, currency, status: captured|failed, "
            + "reference}, signed with " + SIGNATURE_HEADER + " = hex(HMAC-SHA256(secret, body))")
    @PostMapping("/api/payments/gateway")
    ResponseEntity<?> receive(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!signedByGateway(raw, signature)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The " + SIGNATURE_HEADER + " header is missing or does not match the body");
            problem.setTitle("Bad signature");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        GatewayCallback callback;
        try {
            callback = JSON.readValue(raw, GatewayCallback.class);
        } catch (IOException e) {
            throw new InvalidInputException("body", "is not a JSON callback {eventId, billNumber, amount, currency, "
                    + "status, reference}");
        }
        try {
            return ResponseEntity.ok(payments.receive(callback));
        } catch (DataIntegrityViolationException sameEventAtOnce) {
            // the gateway sent the event twice at once and the other request recorded it: same answer
            GatewayOutcome first = payments.replay(callback.eventId()).orElseThrow(() -> sameEventAtOnce);
            return ResponseEntity.ok(first);
        }
    }

    private boolean signedByGateway(byte[] body, String signature) {
        String secret = settings.getGateway().getSecret();
        if (secret.isBlank() || signature == null || signature.isBlank()) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            // constant time: the answer's timing must not tell how much of a forgery was right
            return MessageDigest.isEqual(mac.doFinal(body), given);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}

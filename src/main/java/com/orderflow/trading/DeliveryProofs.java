package com.orderflow.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.stereotype.Component;

import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.InvalidInputException;

/**
 * A delivery's proof (E1 1013; E5 "POD verification"): the delivery OTP the customer told the courier
 * (checked against the one the shop sent them), a photo or a signature; and, cash on delivery, the
 * cash collected. A wrong OTP proves nothing and is kept in the audit trail.
 */
@Component("tradingDeliveryProofs")
class DeliveryProofs {
    private final TradingFiles files;
    private final TradingOrders orders;
    private final AuditLog audit;

    DeliveryProofs(TradingFiles files, TradingOrders orders, AuditLog audit) {
        this.files = files;
        this.orders = orders;
        this.audit = audit;
    }

    /** What a courier's "delivered" scan carried: an OTP, a photo (base64), the cash collected. */
    void fromCourier(Shipment shipment, CourierClient.CourierScan scan, String actor) {
        String number = orders.findById(shipment.orderId()).map(TradingOrder::number).orElse(null);
        if (scan.otp() != null && !scan.otp().isBlank()) {
            if (otpMatches(shipment, scan.otp())) {
                shipment.proof(Shipment.ProofKind.OTP, scan.at());
            } else {
                audit.record(actor, "TRADING_WRONG_OTP", number, "delivery OTP given for " + shipment.awb()
                        + " does not match; not a proof of delivery");
            }
        }
        if (scan.proofImage() != null && !scan.proofImage().isBlank()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(scan.proofImage().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("proofImage", "must be a base64 JPEG, PNG or WebP image");
            }
            files.image(shipment.orderId(), null, TradingFile.Kind.POD_PHOTO, bytes, "proofImage", actor);
            shipment.proof(Shipment.ProofKind.PHOTO, scan.at());
        }
        if (scan.codCollected() != null) {
            collected(shipment, scan.codCollected(), "codCollected");
        }
    }

    /** The cash collected at the door: never negative, never more than the order's total. */
    void collected(Shipment shipment, BigDecimal amount, String field) {
        TradingOrder order = orders.findById(shipment.orderId()).orElseThrow();
        BigDecimal rupees = amount.setScale(2, RoundingMode.HALF_UP);
        if (order.paymentMode() != PaymentMode.COD) {
            if (rupees.signum() != 0) {
                throw new InvalidInputException(field, "must be 0: order " + order.number() + " was paid in advance");
            }
            return;
        }
        if (rupees.signum() < 0 || rupees.compareTo(order.total()) > 0) {
            throw new InvalidInputException(field, "must be from 0 to the order's total " + order.total().toPlainString());
        }
        shipment.collected(rupees);
    }

    /** Delivered and proven: a proof, and cash on delivery the cash collected. */
    boolean complete(Shipment shipment, TradingOrder order) {
        return shipment.hasProof() && (order.paymentMode() != PaymentMode.COD || shipment.codCollected() != null);
    }

    static boolean otpMatches(Shipment shipment, String otp) {
        return shipment.deliveryOtp() != null && MessageDigest.isEqual(
                shipment.deliveryOtp().getBytes(StandardCharsets.US_ASCII),
                otp.strip().getBytes(StandardCharsets.US_ASCII));
    }
}

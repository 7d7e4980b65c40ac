package com.orderflow.trading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Dispatch records a delivery the courier reported by phone (a manual courier, or a carrier's scan
 * that came without its proof): the customer's OTP, or a photo or signature uploaded first, and the
 * cash collected for a cash-on-delivery order.
 */
@Service
public class DeliveryConfirmation {
    private final ShipmentsRepository shipments;
    private final TradingOrders orders;
    private final DeliveryProofs proofs;
    private final TradingFiles files;
    private final ShipmentTracking tracking;
    private final TradingPermissions permissions;
    private final ShopClock clock;

    DeliveryConfirmation(ShipmentsRepository shipments, TradingOrders orders, DeliveryProofs proofs, TradingFiles files,
            ShipmentTracking tracking, TradingPermissions permissions, ShopClock clock) {
        this.shipments = shipments;
        this.orders = orders;
        this.proofs = proofs;
        this.files = files;
        this.tracking = tracking;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** @param otp the code the customer told the courier, or null when a photo or signature proves it */
    public record ManualDelivery(String otp, BigDecimal codCollected) {
    }

    /** A photo or signature of the delivery (its kind: PHOTO or SIGNATURE). */
    @Transactional
    public ShipmentView proof(String orderNumber, String kind, byte[] image, CurrentUser user) {
        permissions.check(user, TradingPermissions.Action.DISPATCH);
        Shipment shipment = lockedShipment(orderNumber);
        Shipment.ProofKind proofKind = "SIGNATURE".equals(kind) ? Shipment.ProofKind.SIGNATURE : Shipment.ProofKind.PHOTO;
        files.image(shipment.orderId(), null, proofKind == Shipment.ProofKind.PHOTO ? TradingFile.Kind.POD_PHOTO
                : TradingFile.Kind.POD_SIGNATURE, image, "file", user.id());
        shipment.proof(proofKind, clock.now());
        shipments.flush();
        tracking.tellAgain(shipment.id());
        return tracking.view(shipment);
    }

    @Transactional
    public ShipmentView delivered(String orderNumber, ManualDelivery delivery, CurrentUser user) {
        permissions.check(user, TradingPermissions.Action.DISPATCH);
        Shipment shipment = lockedShipment(orderNumber);
        TradingOrder order = orders.findById(shipment.orderId()).orElseThrow();
        if (shipment.toldStage() == ShipmentStage.DELIVERED || shipment.state() == ShipmentStage.RETURNED) {
            throw new ConflictException("Order " + order.number() + " is already " + shipment.state());
        }
        ManualDelivery given = delivery == null ? new ManualDelivery(null, null) : delivery;
        List<FieldProblem> problems = new ArrayList<>();
        boolean otpGiven = given.otp() != null && !given.otp().isBlank();
        if (otpGiven && !DeliveryProofs.otpMatches(shipment, given.otp())) {
            problems.add(new FieldProblem("otp", "does not match the delivery code the customer was given"));
        } else if (!otpGiven && !shipment.hasProof()) {
            problems.add(new FieldProblem("otp", "is needed, or a photo or signature first: a delivery needs its proof"));
        }
        if (order.paymentMode() == PaymentMode.COD && given.codCollected() == null && shipment.codCollected() == null) {
            problems.add(new FieldProblem("codCollected", "is required: the cash collected at the door"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (given.codCollected() != null) {
            proofs.collected(shipment, given.codCollected(), "codCollected");
        }
        if (otpGiven) {
            shipment.proof(Shipment.ProofKind.OTP, clock.now());
        }
        shipments.flush();
        if (shipment.state() == ShipmentStage.DELIVERED) {
            tracking.tellAgain(shipment.id());
        } else {
            tracking.manual(shipment.awb(), new ShipmentTracking.ManualScan("DELIVERED", "at the door", clock.now()), user);
        }
        return tracking.view(shipments.findById(shipment.id()).orElseThrow());
    }

    private Shipment lockedShipment(String orderNumber) {
        TradingOrder order = orders.findByNumber(orderNumber).orElseThrow(() -> new NotFoundException("No trading order "
                + orderNumber));
        Shipment found = shipments.findByOrderId(order.id()).orElseThrow(() -> ShipmentTracking.noShipment(orderNumber));
        Shipment shipment = shipments.lock(found.id()).orElseThrow();
        if (shipment.bookedAt() == null) {
            throw new ConflictException("Order " + orderNumber + "'s shipment is not booked yet");
        }
        return shipment;
    }
}

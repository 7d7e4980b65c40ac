package com.orderflow.trading;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.orderflow.platform.Rupees;

/**
 * The evidence of a vendor payment stage as the order's own records show it, never as anyone says
 * it is: the payment on the order, the purchase order's answer, the shipment's AWB and proof, the
 * approved visit, the registered warranties.
 */
@Component
class OrderFacts {
    private final ShipmentsRepository shipments;
    private final Visits visits;
    private final TradingUnits units;
    private final WarrantyRows warranties;
    private final TradingProducts products;

    OrderFacts(ShipmentsRepository shipments, Visits visits, TradingUnits units, WarrantyRows warranties,
            TradingProducts products) {
        this.shipments = shipments;
        this.visits = visits;
        this.units = units;
        this.warranties = warranties;
        this.products = products;
    }

    /** The stage's evidence in words, or empty while it is missing. */
    Optional<String> evidence(VendorStageKind stage, TradingOrder order, PurchaseOrder po) {
        return switch (stage) {
            case CUSTOMER_PAYMENT -> order.paidAmount() != null && order.paidAmount().compareTo(order.total()) == 0
                    ? Optional.of("Customer paid " + Rupees.format(order.paidAmount()) + " (" + order.paymentReference()
                            + ") at " + order.paidAt())
                    : Optional.empty();
            case VENDOR_ACCEPTANCE -> po.isAccepted()
                    ? Optional.of("Vendor accepted " + po.number() + " (" + po.answeredBy() + ") at " + po.answeredAt())
                    : Optional.empty();
            case DISPATCH -> shipments.findByOrderId(order.id()).filter(s -> s.bookedAt() != null)
                    .map(s -> "Shipped with " + s.carrier() + ", AWB " + s.awb() + " at " + s.bookedAt());
            case DELIVERY_PROOF -> shipments.findByOrderId(order.id())
                    .filter(s -> s.state() == ShipmentStage.DELIVERED && s.hasProof())
                    .map(s -> "Delivered at " + s.deliveredAt() + ", proof: " + s.proofKind());
            case INSTALLATION -> installation(order);
            case WARRANTY -> warranty(order);
        };
    }

    /** What the stage waits for, in words ("the shipment has no AWB yet"). */
    static String missing(VendorStageKind stage) {
        return switch (stage) {
            case CUSTOMER_PAYMENT -> "the customer's payment has not been received (cash on delivery is collected at the door)";
            case VENDOR_ACCEPTANCE -> "the vendor has not accepted the purchase order";
            case DISPATCH -> "the shipment has no AWB yet";
            case DELIVERY_PROOF -> "there is no proof of delivery yet";
            case INSTALLATION -> "the installation is not approved yet";
            case WARRANTY -> "the warranty is not registered yet";
        };
    }

    boolean needsInstallation(TradingOrder order) {
        return order.lines().stream().anyMatch(l -> products.findById(l.productId())
                .map(TradingProduct::needsInstallation).orElse(false));
    }

    private Optional<String> installation(TradingOrder order) {
        Optional<String> approved = visits.findByOrderIdOrderByAttemptAsc(order.id()).stream()
                .filter(v -> v.state() == Visit.State.APPROVED).findFirst()
                .map(v -> "Installation approved by " + v.approvedBy() + " at " + v.approvedAt());
        if (approved.isPresent()) {
            return approved;
        }
        boolean delivered = shipments.findByOrderId(order.id()).map(s -> s.state() == ShipmentStage.DELIVERED)
                .orElse(false);
        return delivered && !needsInstallation(order)
                ? Optional.of("No installation needed (product master); delivered") : Optional.empty();
    }

    private Optional<String> warranty(TradingOrder order) {
        List<TradingUnit> all = units.findByOrderIdOrderByIdAsc(order.id());
        List<Warranty> registered = warranties.findByOrderIdOrderByIdAsc(order.id());
        if (all.isEmpty() || registered.size() < all.size()) {
            return Optional.empty();
        }
        return Optional.of("Warranty registered for " + String.join(", ", all.stream().map(TradingUnit::serial).toList())
                + " at " + registered.get(registered.size() - 1).registeredAt());
    }
}

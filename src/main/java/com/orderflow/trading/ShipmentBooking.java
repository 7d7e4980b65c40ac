package com.orderflow.trading;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.trading.process.TradingOrderProcess;

/**
 * Dispatch (E1 1008): Dispatch chooses the courier (and types the AWB of a manual one); the process
 * then books it: an AWB and a label (the courier's, or the shop's own), the promise for the lane, the
 * delivery OTP, and the customer's message with all three. Goods from our own stock leave the books.
 */
@Service
public class ShipmentBooking {
    static final Pattern AWB = Pattern.compile("[A-Z0-9][A-Z0-9-]{5,39}");

    private final ShipmentsRepository shipments;
    private final TradingOrders orders;
    private final TradingProducts products;
    private final Couriers couriers;
    private final ShipmentPromise promise;
    private final TradingFiles files;
    private final TradingMessages messages;
    private final TradingSettings settings;
    private final AuditLog audit;
    private final ShopClock clock;
    private final SecureRandom random = new SecureRandom();

    ShipmentBooking(ShipmentsRepository shipments, TradingOrders orders, TradingProducts products, Couriers couriers,
            ShipmentPromise promise, TradingFiles files, TradingMessages messages, TradingSettings settings,
            AuditLog audit, ShopClock clock) {
        this.shipments = shipments;
        this.orders = orders;
        this.products = products;
        this.couriers = couriers;
        this.promise = promise;
        this.files = files;
        this.messages = messages;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The couriers Dispatch chooses from: code, name, and whether the AWB is typed. */
    public List<CourierChoice> courierChoices() {
        return couriers.all().stream().map(c -> new CourierChoice(c.code(), c.name(), c.typesAwb())).toList();
    }

    public record CourierChoice(String code, String name, boolean typesAwb) {
    }

    /** Dispatch completed "Hand over to courier": the courier chosen and, for a manual one, its AWB. */
    @Transactional
    public void request(long orderId, Object courierCode, Object typedAwb, String actor) {
        String code = courierCode == null ? "" : courierCode.toString().strip();
        CourierClient courier = couriers.find(code).orElseThrow(() -> new InvalidInputException(
                TradingOrderProcess.FIELD_COURIER, "must be one of the configured couriers " + courierCodes()));
        String awb = typedAwb == null ? "" : typedAwb.toString().strip().toUpperCase(Locale.ROOT);
        if (courier.typesAwb()) {
            if (!AWB.matcher(awb).matches()) {
                throw new InvalidInputException(TradingOrderProcess.FIELD_AWB, "must be the AWB on " + courier.name()
                        + "'s receipt: 6 to 40 letters, digits or dashes");
            }
            if (shipments.findByCarrierAndAwb(code, awb).isPresent()) {
                throw new InvalidInputException(TradingOrderProcess.FIELD_AWB, awb + " is already another shipment's AWB");
            }
        } else {
            awb = null;
        }
        TradingOrder order = orders.lock(orderId).orElseThrow();
        if (order.state() != TradingState.PACKED) {
            throw new ConflictException("Order " + order.number() + " is " + order.state() + "; only a packed order ships");
        }
        if (shipments.findByOrderId(orderId).isPresent()) {
            throw new ConflictException("Order " + order.number() + " already has a shipment");
        }
        shipments.saveAndFlush(new Shipment(orderId, code, awb, Lanes.of(settings.getOriginPincode(), order.pincode()),
                order.packedWeightGrams() == null ? 0 : order.packedWeightGrams(), actor, clock.now()));
    }

    /**
     * Books the requested shipment with its courier. A failing courier API throws: the engine
     * retries the booking and shows an incident in Cockpit once its retries are used up.
     */
    @Transactional
    public void book(long orderId) {
        TradingOrder order = orders.lock(orderId).orElseThrow();
        Shipment shipment = shipments.findByOrderId(orderId).orElseThrow(() -> new IllegalStateException(
                "Order " + order.number() + " has no shipment to book"));
        CourierClient courier = couriers.get(shipment.carrier());
        String cod = order.paymentMode() == PaymentMode.COD ? "COLLECT " + Rupees.format(order.total()) + " CASH" : "PREPAID";
        CourierClient.Booking booking = courier.book(new CourierClient.ShipmentRequest(order.number(), shipment.awb(),
                order.customerName(), order.customerPhone(), order.address(), order.city(), order.pincode(),
                shipment.weightGrams() == null ? 0 : shipment.weightGrams(),
                order.paymentMode() == PaymentMode.COD ? order.total() : null));
        byte[] label = booking.label() != null ? booking.label() : ShipmentLabelPdf.render(courier.name(), booking.awb(),
                order.number(), order.customerName(), order.address() + ", " + order.city() + " " + order.pincode(),
                order.customerPhone(), cod);
        TradingFile labelFile = files.pdf(orderId, TradingFile.Kind.LABEL, label, "system");
        String otp = String.format("%06d", random.nextInt(1_000_000));
        shipment.booked(booking.awb(), labelFile.path(), otp, promise.promisedBy(shipment.carrier(), shipment.lane(),
                clock.now()), clock.now());
        order.markDispatched();
        if (order.sourcing() == Sourcing.OWN_STOCK) {
            var locked = products.lockAll(order.lines().stream().map(TradingOrderLine::productId).sorted().toList());
            order.lines().forEach(l -> locked.stream().filter(p -> p.id() == l.productId()).findFirst().orElseThrow()
                    .ship(l.quantity()));
        }
        shipments.flush();
        messages.shipped(order, courier.name(), booking.awb(), otp, shipment.promisedBy());
        audit.record("system", "TRADING_SHIPMENT_BOOKED", order.number(), courier.name() + " AWB " + booking.awb()
                + ", lane " + shipment.lane() + ", promised by " + shipment.promisedBy());
    }

    private List<String> courierCodes() {
        return couriers.all().stream().map(CourierClient::code).toList();
    }
}

package com.orderflow.tracking;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.notifications.StaffDirectory;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.PublicBaseUrl;

/**
 * The public tracking link of an order (K1): one live link per order, handed out to staff who may
 * see the order, revocable, and opened by anyone who holds it until it expires: a set number of
 * days ({@code orderflow.tracking.expire-after-final-days}, 30 by default) after the order reached
 * a final status (delivered, cancelled, returned). A bill's QR code must keep working while the
 * order is open, however long that takes; once it is over, a link lying around should not show
 * the order forever. Links start with the shop's public address ({@link PublicBaseUrl}).
 */
@Service
public class TrackingLinks {
    private final TrackingTokens tokens;
    private final TokenSigner signer;
    private final OrderService orders;
    private final OrderLifecycle lifecycle;
    private final StaffDirectory deliveryBoys;
    private final AuditLog audit;
    private final ShopClock clock;
    private final TransactionTemplate transaction;
    private final PublicBaseUrl publicBaseUrl;
    private final String shopName;
    private final Duration expireAfterFinal;
    private final List<PaymentStatusSource> payments;

    TrackingLinks(TrackingTokens tokens, TokenSigner signer, OrderService orders, OrderLifecycle lifecycle,
            StaffDirectory deliveryBoys, AuditLog audit, ShopClock clock, PlatformTransactionManager transactions,
            PublicBaseUrl publicBaseUrl,
            @Value("${orderflow.tracking.shop-name:${orderflow.notifications.shop-name:orderflow}}") String shopName,
            @Value("${orderflow.tracking.expire-after-final-days:30}") int expireAfterFinalDays,
            List<PaymentStatusSource> payments) {
        if (expireAfterFinalDays < 1) {
            throw new IllegalStateException("orderflow.tracking.expire-after-final-days must be at least 1");
        }
        this.tokens = tokens;
        this.signer = signer;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.deliveryBoys = deliveryBoys;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.publicBaseUrl = publicBaseUrl;
        this.shopName = shopName;
        this.expireAfterFinal = Duration.ofDays(expireAfterFinalDays);
        this.payments = List.copyOf(payments);
    }

    /**
     * The absolute URL of the order's live tracking link, issued now if it has none. The same link
     * comes back until it is revoked, so a QR code printed on a bill keeps working.
     *
     * @throws com.orderflow.platform.web.NotFoundException when the user may not see the order
     */
    public String linkFor(String orderNumber, CurrentUser user) {
        try {
            return inTransaction(() -> liveOrNewToken(orderNumber, user));
        } catch (DataIntegrityViolationException anotherRequestIssuedOneFirst) {
            // two staff opened the order at once; the unique live-token column let one win, use its token
            return inTransaction(() -> liveOrNewToken(orderNumber, user));
        }
    }

    /**
     * The link the order page shows: the live one, issued now for an order that never had one; empty
     * while the order's last link stands revoked, so that looking at the order does not quietly hand
     * out a new link (staff issue one with {@link #linkFor} when the customer should have it).
     */
    public Optional<String> currentLink(String orderNumber, CurrentUser user) {
        OrderView order = orders.get(orderNumber, user);
        long orderId = lifecycle.idOf(order.number());
        boolean revoked = inTransaction(() -> tokens.findByActiveOrderId(orderId).isEmpty()
                && tokens.existsByOrderId(orderId));
        return revoked ? Optional.empty() : Optional.of(linkFor(order.number(), user));
    }

    /** Revokes the order's live link, if it has one; the next {@link #linkFor} issues a new one. */
    @Transactional
    public void revoke(String orderNumber, CurrentUser user) {
        OrderView order = orders.get(orderNumber, user);
        tokens.findByActiveOrderId(lifecycle.idOf(order.number())).ifPresent(token -> {
            token.revoke(user.id(), clock.now());
            tokens.flush();
            audit.record(user.id(), "TRACKING_LINK_REVOKED", order.number(), "tracking link revoked");
        });
    }

    /**
     * The order behind a live token; empty for a malformed, tampered, unknown, revoked or expired
     * one alike.
     */
    @Transactional(readOnly = true)
    public Optional<TrackedOrder> track(String token) {
        return signer.verifiedHash(token).flatMap(tokens::findByTokenHash)
                .filter(row -> !row.isRevoked())
                .map(row -> lifecycle.view(row.orderId()))
                .filter(order -> !expired(order))
                .map(this::tracked);
    }

    private boolean expired(OrderView order) {
        return order.status().isFinal() && order.statusSince() != null
                && !clock.now().isBefore(order.statusSince().plus(expireAfterFinal));
    }

    private String liveOrNewToken(String orderNumber, CurrentUser user) {
        OrderView order = orders.get(orderNumber, user);
        long orderId = lifecycle.idOf(order.number());
        TrackingToken live = tokens.findByActiveOrderId(orderId).orElse(null);
        if (live == null) {
            String seed = signer.newSeed();
            live = tokens.saveAndFlush(new TrackingToken(orderId, seed, TokenSigner.hash(signer.tokenOf(seed)),
                    user.id(), clock.now()));
            audit.record(user.id(), "TRACKING_LINK_ISSUED", order.number(), "tracking link issued");
        }
        return publicBaseUrl.get() + "/track/" + signer.tokenOf(live.seed());
    }

    private TrackedOrder tracked(OrderView order) {
        var items = order.lines().stream().map(l -> new TrackedOrder.Item(l.product(), l.size(), l.quantity())).toList();
        var timeline = lifecycle.timeline(lifecycle.idOf(order.number())).stream()
                .map(step -> new TrackedOrder.Step(step.to(), step.at())).toList();
        var deliveryBoy = order.status() == OrderStatus.OUT_FOR_DELIVERY
                ? deliveryBoys.find(order.deliveryBoy())
                        .map(staff -> new TrackedOrder.DeliveryContact(staff.name(), staff.phone())).orElse(null) : null;
        var payment = payments.stream().map(source -> source.forOrder(order.number())).flatMap(Optional::stream)
                .findFirst().orElse(null);
        return new TrackedOrder(shopName, order.customer().language(), firstName(order.customer().name()),
                order.status(), items, order.total(), timeline, deliveryBoy, payment);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    private static String firstName(String name) {
        String trimmed = name == null ? "" : name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}

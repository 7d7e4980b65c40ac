package com.orderflow.notifications;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.orders.ContactChannel;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderStatusChanged;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.NotFoundException;

/**
 * The notification outbox (K7, S3): what the shop tells its customers, written in the same
 * transaction as the order change that causes it and sent later by {@link OutboxSender}. Other
 * modules and the order process call it with an order id; which event notifies whom on which
 * channel is {@link NotificationSettings configuration}.
 */
@Service
public class Outbox {
    private static final int FIRST_VERSION = 1;
    private static final int PAGE_SIZE = 200;

    private final Notifications notifications;
    private final OrderLifecycle orders;
    private final StaffDirectory staff;
    private final NotificationTexts texts;
    private final NotificationSettings settings;
    private final TwilioClient twilio;
    private final ShopClock clock;
    private final AuditLog audit;
    private final boolean showSignInCodes;

    Outbox(Notifications notifications, OrderLifecycle orders, StaffDirectory staff, NotificationTexts texts,
            NotificationSettings settings, TwilioClient twilio, ShopClock clock, AuditLog audit,
            @org.springframework.beans.factory.annotation.Value("${orderflow.notifications.show-sign-in-codes:false}") boolean showSignInCodes) {
        this.notifications = notifications;
        this.orders = orders;
        this.staff = staff;
        this.texts = texts;
        this.settings = settings;
        this.twilio = twilio;
        this.clock = clock;
        this.audit = audit;
        this.showSignInCodes = showSignInCodes;
    }

    /**
     * Synchronous and inside the order's transaction (see {@link OrderStatusChanged}): the
     * notification row exists if and only if the status change committed.
     */
    @EventListener
    @Transactional
    public void onStatusChanged(OrderStatusChanged change) {
        settings.eventFor(change.to())
                .ifPresent(event -> write(change.orderId(), event, FIRST_VERSION, change.actor()));
    }

    /**
     * The reminder one day before an advance booking is dispatched, asking the customer to reply 1
     * to confirm or 2 to reschedule (answers arrive as {@link CustomerReplied}). Idempotent: a
     * second call for the same order writes nothing.
     */
    @Transactional
    public void remindDayBeforeDispatch(long orderId) {
        if (settings.rule(NotificationEvent.DAY_BEFORE_DISPATCH).isEnabled()) {
            write(orderId, NotificationEvent.DAY_BEFORE_DISPATCH, FIRST_VERSION, "system");
        }
    }

    /**
     * Sends a customer their bill: its number and amount, the tracking link and, while money is due,
     * the UPI link (K1, K10). Every call is a new message (the next version); the caller checks who
     * may send and audits it.
     */
    @Transactional
    public NotificationView sendBill(String orderNumber, BillMessage bill, String actor) {
        return writeNext(orderNumber, NotificationEvent.BILL_SENT, order -> texts.renderBill(order, bill), actor);
    }

    /**
     * Tells the customer how their return ended (K9): refunded (what came off the bill, what was paid
     * back and how), replaced (the replacement order's number) or rejected (why). Written in the
     * caller's transaction, so the message exists if and only if the outcome committed; every call is
     * a new message (an order may have several returns).
     */
    @Transactional
    public NotificationView sendReturnOutcome(String orderNumber, ReturnMessage message, String actor) {
        return writeNext(orderNumber, message.event(), order -> texts.renderReturn(order, message), actor);
    }

    /** The next version of the order's message for {@code event}, worded by {@code render}. */
    private NotificationView writeNext(String orderNumber, NotificationEvent event,
            Function<OrderView, RenderedText> render, String actor) {
        long orderId = orders.idOf(orderNumber);
        int version = notifications.lastVersion(orderId, event) + 1;
        OrderView order = orders.view(orderId);
        ContactChannel channel = settings.rule(event).getChannel().resolve(order.customer().contactChannel());
        Notification row = new Notification(orderId, order.number(), event, version, channel,
                order.customer().phone(), order.customer().language(), render.apply(order),
                twilio.isConfigured(), actor == null ? "system" : actor, clock.now());
        return notifications.save(row).toView();
    }

    /** The outbox, newest first; a status and/or an order number narrow it. Admin and Customer Care. */
    @Transactional(readOnly = true)
    public List<NotificationView> list(NotificationStatus status, String orderNumber, CurrentUser user) {
        requireOutboxRole(user);
        String number = orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip();
        PageRequest page = PageRequest.of(0, PAGE_SIZE);
        List<Notification> rows;
        if (status != null && number != null) {
            rows = notifications.findByStatusAndOrderNumberOrderByIdDesc(status, number, page);
        } else if (status != null) {
            rows = notifications.findByStatusOrderByIdDesc(status, page);
        } else if (number != null) {
            rows = notifications.findByOrderNumberOrderByIdDesc(number, page);
        } else {
            rows = notifications.findAllByOrderByIdDesc(page);
        }
        return rows.stream().map(this::shown).toList();
    }

    /** A notification for the engine's adapters (no user, no permission check); empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<NotificationView> find(long id) {
        return notifications.findById(id).map(Notification::toView);
    }

    @Transactional(readOnly = true)
    public NotificationView get(long id, CurrentUser user) {
        requireOutboxRole(user);
        return shown(load(id));
    }

    /**
     * Sends an event of an order again, as a new row with the next version: re-rendered from the
     * order as it is now (a corrected number, say). Admin and Customer Care; audited.
     */
    @Transactional
    public NotificationView resend(long id, CurrentUser user) {
        requireOutboxRole(user);
        return shown(load(resendAs(id, user.id()).id()));
    }

    /** {@link #resend} for the engine (Customer Care's follow-up task), whose actor is already checked. */
    @Transactional
    public NotificationView resendAs(long id, String actor) {
        Notification original = load(id);
        int version = notifications.lastVersion(original.orderId(), original.event()) + 1;
        Notification again = original.event().keepsItsText() ? sameTextAgain(original, version, actor)
                : write(original.orderId(), original.event(), version, actor)
                        .orElseThrow(() -> new IllegalStateException("Version " + version + " of " + id + " exists"));
        audit.record(actor, "NOTIFICATION_RESENT", original.orderNumber(),
                original.event() + " v" + original.sendVersion() + " → v" + version + " (" + again.channel() + ")");
        return again.toView();
    }

    private Optional<Notification> write(long orderId, NotificationEvent event, int version, String actor) {
        String key = Notification.keyOf(orderId, event, version);
        if (notifications.findByIdempotencyKey(key).isPresent()) {
            return Optional.empty();
        }
        OrderView order = orders.view(orderId);
        Staff deliveryBoy = event == NotificationEvent.OUT_FOR_DELIVERY
                ? staff.find(order.deliveryBoy()).orElse(null) : null;
        ContactChannel channel = settings.rule(event).getChannel().resolve(order.customer().contactChannel());
        Notification row = new Notification(orderId, order.number(), event, version, channel,
                order.customer().phone(), order.customer().language(), texts.render(event, order, deliveryBoy),
                twilio.isConfigured(), actor == null ? "system" : actor, clock.now());
        return Optional.of(notifications.save(row));
    }

    /**
     * A message worded from facts this module cannot read again (a bill, a return, a jewelry
     * message): a resend from the outbox repeats the text as it was; a fresh one comes from where
     * it was worded (for a bill, Customer Care sends it from the bill page).
     */
    private Notification sameTextAgain(Notification original, int version, String actor) {
        return notifications.save(new Notification(original.orderId(), original.orderNumber(), original.event(), version,
                original.channel(), original.recipient(), original.language(),
                new RenderedText(original.body(), original.contentVariables()), twilio.isConfigured(),
                actor == null ? "system" : actor, clock.now()));
    }

    /**
     * A row as staff read it: a sign-in code opens the customer's account, so nobody but its recipient
     * reads it, unless {@code orderflow.notifications.show-sign-in-codes} (the demo profile, where the
     * outbox page is how a first look signs in).
     */
    private NotificationView shown(Notification row) {
        NotificationView view = row.toView();
        if (showSignInCodes || !view.event().isSecret()) {
            return view;
        }
        return new NotificationView(view.id(), view.orderNumber(), view.event(), view.version(), view.channel(),
                view.recipient(), view.language(), "(a sign-in code: shown to its recipient only)", view.status(),
                view.attempts(), view.nextAttemptAt(), view.providerSid(), view.providerStatus(), view.problem(),
                view.careTaskOpened(), view.createdBy(), view.createdAt(), view.sentAt());
    }

    private Notification load(long id) {
        return notifications.findById(id).orElseThrow(() -> new NotFoundException("No notification " + id));
    }

    private static void requireOutboxRole(CurrentUser user) {
        if (!user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.CUSTOMER_CARE)) {
            throw new AccessDeniedException("The outbox is for Admin and Customer Care");
        }
    }
}

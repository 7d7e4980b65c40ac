package com.orderflow.billing;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.notifications.BillMessage;
import com.orderflow.notifications.NotificationView;
import com.orderflow.notifications.Outbox;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.documents.Codes;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.tracking.TrackingLinks;

/**
 * A bill as it leaves the shop (K1, K10): printed (A4 or 80 mm), as its two QR codes, or sent to
 * the customer through the outbox with the tracking link and the UPI link.
 */
@Service
public class BillCopies {
    static final int QR_PIXELS = 320;

    private final BillingService billing;
    private final BillDocuments documents;
    private final TrackingLinks links;
    private final Outbox outbox;
    private final AuditLog audit;
    private final BillingSettings settings;

    BillCopies(BillingService billing, BillDocuments documents, TrackingLinks links, Outbox outbox, AuditLog audit,
            BillingSettings settings) {
        this.billing = billing;
        this.documents = documents;
        this.links = links;
        this.outbox = outbox;
        this.audit = audit;
        this.settings = settings;
    }

    /** Whether bills carry a UPI payment QR at all (a UPI id is configured: ORDERFLOW_UPI_ID). */
    public boolean paymentQrOn() {
        return settings.getUpi().isConfigured();
    }

    /** The printable bill; {@code format} "a4" or "thermal" (80 mm). */
    @Transactional
    public byte[] pdf(String number, String format, CurrentUser user) {
        BillDocuments.Format paper = switch (format == null ? "a4" : format.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> BillDocuments.Format.A4;
            case "thermal", "80mm" -> BillDocuments.Format.THERMAL;
            default -> throw new InvalidInputException("format", "must be a4 or thermal");
        };
        BillView bill = billing.get(number, user);
        return documents.render(bill, paper, links.linkFor(bill.orderNumber(), user));
    }

    /** The tracking link of the bill's order, as printed on the bill. */
    @Transactional
    public String trackingLink(String number, CurrentUser user) {
        return links.linkFor(billing.get(number, user).orderNumber(), user);
    }

    @Transactional
    public byte[] trackingQr(String number, CurrentUser user) {
        return Codes.qrPng(trackingLink(number, user), QR_PIXELS);
    }

    /**
     * The UPI QR for what is due on the live bill.
     *
     * @throws NotFoundException when nothing is due, the bill is not live
     *         or no UPI id is configured: there is no payment to ask for
     */
    @Transactional(readOnly = true)
    public byte[] upiQr(String number, CurrentUser user) {
        BillView bill = billing.get(number, user);
        if (bill.upiLink() == null) {
            throw new NotFoundException("Nothing to pay by UPI on bill " + bill.number()
                    + (bill.live() ? "" : " (it is " + bill.status() + ")"));
        }
        return Codes.qrPng(bill.upiLink(), QR_PIXELS);
    }

    /**
     * Sends the live bill to the customer (WhatsApp/SMS) with the tracking link and, while due, the
     * UPI link. Without a message provider the message is recorded but not sent: the answer's status
     * is then {@link com.orderflow.notifications.NotificationStatus#NOT_CONFIGURED}.
     */
    @Transactional
    public NotificationView send(String number, CurrentUser user) {
        BillingPermissions.checkSend(user);
        Bill live = billing.load(number);
        billing.requireLive(live, "sent");
        BillView bill = billing.view(live);
        String tracking = links.linkFor(bill.orderNumber(), user);
        NotificationView sent = outbox.sendBill(bill.orderNumber(), new BillMessage(bill.number(),
                bill.grandTotal().subtract(bill.credited()), bill.amountDue().max(BigDecimal.ZERO), tracking,
                bill.upiLink()), user.id());
        audit.record(user.id(), "BILL_SENT", bill.orderNumber(), bill.number() + " to the customer by "
                + sent.channel() + " (notification " + sent.id() + ")");
        return sent;
    }
}

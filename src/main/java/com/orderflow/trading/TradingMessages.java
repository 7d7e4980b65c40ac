package com.orderflow.trading;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.orderflow.billing.PaymentLinks;
import com.orderflow.notifications.DirectMessage;
import com.orderflow.notifications.DirectMessages;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;

/**
 * What the trading business tells its customers and vendors, in their language
 * (trading-messages bundles), written into the outbox in the caller's transaction: the message
 * exists if and only if what it tells committed. Links are the public pages' signed ones.
 */
@Component
class TradingMessages {
    private final DirectMessages outbox;
    private final MessageSource texts;
    private final PaymentLinks payments;
    private final ShopClock clock;
    private final String baseUrl;
    private final String shopName;

    TradingMessages(DirectMessages outbox, MessageSource texts, PaymentLinks payments, ShopClock clock,
            @Value("${orderflow.public-base-url:http://localhost:8080}") String baseUrl,
            @Value("${orderflow.notifications.shop-name:orderflow}") String shopName) {
        this.outbox = outbox;
        this.texts = texts;
        this.payments = payments;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.shopName = shopName;
    }

    /** The absolute address of a public trading page: "track", "vendor", "slot", "warranty". */
    String link(String page, String token) {
        return baseUrl + "/trading/public/" + page + "/" + token;
    }

    void confirmed(TradingOrder order, String trackingToken, String actor) {
        String body = text(order.language(), "trading.msg.confirmed", shopName, order.firstName(), order.number(),
                order.itemsSummary(), link("track", trackingToken));
        if (order.paymentMode() == PaymentMode.PREPAID) {
            String pay = payments.upi(order.number(), order.total()).orElse(null);
            body += " " + (pay == null ? text(order.language(), "trading.msg.payByGateway", Rupees.format(order.total()))
                    : text(order.language(), "trading.msg.payByUpi", Rupees.format(order.total()), pay));
        }
        toCustomer(order, NotificationEvent.TRADING_UPDATE, body, actor);
    }

    void shipped(TradingOrder order, String courier, String awb, String otp, Instant promisedBy) {
        toCustomer(order, NotificationEvent.TRADING_UPDATE, text(order.language(), "trading.msg.shipped", order.number(),
                courier, awb, day(promisedBy, order.language()), otp), "system");
    }

    void delayed(TradingOrder order, String awb, String predicted) {
        toCustomer(order, NotificationEvent.SHIPMENT_DELAYED, text(order.language(), "trading.msg.delayed",
                order.number(), awb, predicted), "system");
    }

    void slotOffered(TradingOrder order, Instant slotStart, String slotLink) {
        toCustomer(order, NotificationEvent.INSTALLATION_SLOT, text(order.language(), "trading.msg.slot", order.number(),
                dayAndTime(slotStart, order.language()), slotLink), "system");
    }

    void warrantyRegistered(TradingOrder order, String product, String serial, String warrantyLink) {
        toCustomer(order, NotificationEvent.WARRANTY_CARD, text(order.language(), "trading.msg.warranty", product, serial,
                warrantyLink), "system");
    }

    void purchaseOrder(PurchaseOrder po, Vendor vendor, TradingOrder order, String vendorLink) {
        String body = text(vendor.language(), "trading.msg.purchaseOrder", shopName, po.number(), order.itemsSummary(),
                Rupees.format(po.value()), vendorLink);
        outbox.write(new DirectMessage(po.id(), po.number(), NotificationEvent.VENDOR_PURCHASE_ORDER, "WHATSAPP",
                vendor.phone(), vendor.language(), body, List.of(po.number(), vendorLink)), "system");
    }

    private void toCustomer(TradingOrder order, NotificationEvent event, String body, String actor) {
        outbox.write(new DirectMessage(order.id(), order.number(), event, order.channel(), order.customerPhone(),
                order.language(), body, List.of(order.number())), actor);
    }

    String text(String language, String key, Object... arguments) {
        return texts.getMessage(key, arguments, Locale.forLanguageTag(language == null ? "en" : language));
    }

    private String day(Instant at, String language) {
        return at == null ? "-" : DateTimeFormatter.ofPattern("d MMM", Locale.forLanguageTag(language + "-IN"))
                .format(ZonedDateTime.ofInstant(at, clock.zone()));
    }

    private String dayAndTime(Instant at, String language) {
        return DateTimeFormatter.ofPattern("EEE d MMM, h:mm a", Locale.forLanguageTag(language + "-IN"))
                .format(ZonedDateTime.ofInstant(at, clock.zone()));
    }
}

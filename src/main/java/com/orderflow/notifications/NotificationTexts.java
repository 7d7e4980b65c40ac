package com.orderflow.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.Rupees;

/** Customer texts and page labels from the notification-messages bundles, in en, mr or hi. */
@Component
class NotificationTexts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MessageSource messages;
    private final NotificationSettings settings;

    NotificationTexts(@Qualifier("notificationMessages") MessageSource messages, NotificationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /**
     * The message for an event. Its arguments are also the WhatsApp template's variables, in the
     * same order, so an approved template and the bundle text say the same thing.
     */
    RenderedText render(NotificationEvent event, OrderView order, Staff deliveryBoy) {
        Locale locale = localeOf(order.customer().language());
        List<String> args = new ArrayList<>(List.of(firstName(order.customer().name()), order.number()));
        switch (event) {
            case OUT_FOR_DELIVERY -> {
                args.add(deliveryBoy == null ? text("notification.delivery-boy-unknown", locale) : deliveryBoy.name());
                args.add(deliveryBoy == null || deliveryBoy.phone() == null
                        ? text("notification.phone-unknown", locale) : deliveryBoy.phone());
            }
            case DAY_BEFORE_DISPATCH -> args.add(date(order.deliveryDate(), locale));
            default -> {
                // name and order number are all the other messages need
            }
        }
        return signed(event.messageKey(), args, locale);
    }

    /**
     * A bill for the customer: {0} first name, {1} order number, {2} bill number, {3} bill amount,
     * {4} tracking link, and while money is due {5} the amount due and {6} the UPI link (when the shop
     * has a UPI id).
     */
    RenderedText renderBill(OrderView order, BillMessage bill) {
        Locale locale = localeOf(order.customer().language());
        List<String> args = new ArrayList<>(List.of(firstName(order.customer().name()), order.number(),
                bill.billNumber(), Rupees.format(bill.amount()), bill.trackingUrl()));
        String key = "notification.bill-sent";
        if (bill.amountDue() != null && bill.amountDue().signum() > 0) {
            args.add(Rupees.format(bill.amountDue()));
            key = "notification.bill-sent-unpaid";
            if (bill.upiLink() != null) {
                args.add(bill.upiLink());
                key = "notification.bill-sent-due";
            }
        }
        return signed(key, args, locale);
    }

    /**
     * A return's outcome: {0} first name, {1} order number, {2} return number, then per outcome:
     * refunded {3} amount credited and, when money went back, {4} that amount and {5} how; replaced
     * {3} the replacement order; rejected {3} why.
     */
    RenderedText renderReturn(OrderView order, ReturnMessage message) {
        Locale locale = localeOf(order.customer().language());
        List<String> args = new ArrayList<>(List.of(firstName(order.customer().name()), order.number(),
                message.returnNumber()));
        String key = message.event().messageKey();
        switch (message.outcome()) {
            case REFUNDED -> {
                args.add(Rupees.format(message.credited()));
                if (message.refunded() != null && message.refunded().signum() > 0) {
                    args.add(Rupees.format(message.refunded()));
                    args.add(text("notification.refund-method." + message.refundMethod(), locale));
                    key = key + "-paid";
                }
            }
            case REPLACED -> args.add(message.replacementOrder());
            case REJECTED -> args.add(message.reason());
        }
        return signed(key, args, locale);
    }

    /**
     * The bundle's text for {@code key} with the shop's signature. Arguments go in as text:
     * MessageFormat would write numbers in Devanagari digits for mr.
     */
    private RenderedText signed(String key, List<String> args, Locale locale) {
        String body = messages.getMessage(key, args.toArray(), locale) + "\n"
                + messages.getMessage("notification.signature", new Object[] {settings.getShopName()}, locale);
        return new RenderedText(body, variables(args));
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static Locale localeOf(String language) {
        return switch (language == null ? "en" : language) {
            case "mr" -> Locale.forLanguageTag("mr");
            case "hi" -> Locale.forLanguageTag("hi");
            default -> Locale.ENGLISH;
        };
    }

    private static String date(LocalDate day, Locale locale) {
        if (day == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(locale.getLanguage() + "-IN"))
                .format(day);
    }

    private static String firstName(String name) {
        String trimmed = name == null ? "" : name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /** A WhatsApp template's variables as Twilio takes them: {"1": …, "2": …}. */
    static String variables(List<String> args) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            variables.put(Integer.toString(i + 1), args.get(i));
        }
        try {
            return JSON.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings always serialise", e);
        }
    }
}

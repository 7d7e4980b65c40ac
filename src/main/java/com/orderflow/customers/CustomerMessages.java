package com.orderflow.customers;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.orderflow.notifications.DirectMessage;
import com.orderflow.notifications.DirectMessages;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.platform.web.PublicBaseUrl;

/**
 * Messages to a customer that this module words (the rating request, answers on tickets): in the
 * customer's language (their account's, else English), with a link into their account, written
 * into the outbox in the caller's transaction.
 */
@Component
class CustomerMessages {
    private final DirectMessages outbox;
    private final CustomerDirectory directory;
    private final MessageSource texts;
    private final PublicBaseUrl baseUrl;
    private final String shopName;

    CustomerMessages(DirectMessages outbox, CustomerDirectory directory, MessageSource texts, PublicBaseUrl baseUrl,
            @Value("${orderflow.notifications.shop-name:Kokanastha Sweets}") String shopName) {
        this.outbox = outbox;
        this.directory = directory;
        this.texts = texts;
        this.baseUrl = baseUrl;
        this.shopName = shopName;
    }

    /**
     * Writes {@code key} (arguments: the shop's name, {@code reference}, the link, then {@code more})
     * to the phone.
     *
     * @param path the page in the account the link opens, e.g. /my/orders/KO-2026-000001
     */
    void send(String phone, NotificationEvent event, String reference, String key, String path, String... more) {
        sendBy("WHATSAPP", phone, event, reference, key, path, more);
    }

    /** As {@link #send}, by the channel the customer chose for the order's messages (WHATSAPP or SMS). */
    void sendBy(String channel, String phone, NotificationEvent event, String reference, String key, String path,
            String... more) {
        String language = directory.find(phone).map(CustomerProfile::language).orElse("en");
        int hash = path.indexOf('#');
        String page = hash < 0 ? path : path.substring(0, hash);
        String link = baseUrl.get() + page + (page.contains("?") ? "&" : "?") + "lang=" + language
                + (hash < 0 ? "" : path.substring(hash));
        Object[] arguments = new Object[3 + more.length];
        arguments[0] = shopName;
        arguments[1] = reference;
        arguments[2] = link;
        System.arraycopy(more, 0, arguments, 3, more.length);
        String body = texts.getMessage(key, arguments, Locale.forLanguageTag(language));
        outbox.write(new DirectMessage(Long.parseLong(phone.replaceAll("\\D", "")), reference, event, channel, phone,
                language, body, List.of(reference, link)), "system");
    }
}

package com.orderflow.notifications;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import com.orderflow.orders.OrderStatus;

/**
 * {@code orderflow.notifications}: which order status notifies the customer of what (F7), how the
 * outbox is sent and retried, and the Twilio account. Mutable JavaBeans rather than records: the
 * tests point the one shared application context at a fake Twilio and shrink the back-off at run
 * time instead of building a second context.
 */
@ConfigurationProperties(prefix = "orderflow.notifications")
public class NotificationSettings {
    private final Map<NotificationEvent, Rule> events = new EnumMap<>(NotificationEvent.class);
    private String shopName = "orderflow";
    private final Sender sender = new Sender();
    private final Retry retry = new Retry();
    private final Twilio twilio = new Twilio();

    public Map<NotificationEvent, Rule> getEvents() {
        return events;
    }

    public String getShopName() {
        return shopName;
    }

    public void setShopName(String shopName) {
        this.shopName = shopName;
    }

    public Sender getSender() {
        return sender;
    }

    public Retry getRetry() {
        return retry;
    }

    public Twilio getTwilio() {
        return twilio;
    }

    /** The event that a move to {@code status} triggers, if any rule names it and is enabled. */
    java.util.Optional<NotificationEvent> eventFor(OrderStatus status) {
        return events.entrySet().stream()
                .filter(e -> e.getValue().isEnabled() && e.getValue().getOnStatus() == status)
                .map(Map.Entry::getKey).findFirst();
    }

    Rule rule(NotificationEvent event) {
        return events.getOrDefault(event, new Rule());
    }

    /** One event: on which status it fires (none for events the process triggers) and on which channel. */
    public static class Rule {
        private OrderStatus onStatus;
        private ChannelChoice channel = ChannelChoice.PREFERRED;
        private boolean enabled = true;

        public OrderStatus getOnStatus() {
            return onStatus;
        }

        public void setOnStatus(OrderStatus onStatus) {
            this.onStatus = onStatus;
        }

        public ChannelChoice getChannel() {
            return channel;
        }

        public void setChannel(ChannelChoice channel) {
            this.channel = channel;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    public static class Sender {
        /** Whether the scheduled sender runs on this node; a pass can always be run on demand. */
        private boolean enabled = true;
        private int batchSize = 50;
        /** How long a claim holds; longer than the slowest provider call, so a live sender is never overtaken. */
        private Duration claimFor = Duration.ofMinutes(2);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public Duration getClaimFor() {
            return claimFor;
        }

        public void setClaimFor(Duration claimFor) {
            this.claimFor = claimFor;
        }
    }

    public static class Retry {
        private Duration firstDelay = Duration.ofSeconds(30);
        private Duration maxDelay = Duration.ofMinutes(30);
        /** After this many temporary failures the notification fails and Customer Care is told. */
        private int maxAttempts = 12;

        public Duration getFirstDelay() {
            return firstDelay;
        }

        public void setFirstDelay(Duration firstDelay) {
            this.firstDelay = firstDelay;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** first, 2×first, 4×first … capped at max. */
        Duration delayAfter(int attempts) {
            long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
            Duration delay = firstDelay.multipliedBy(factor);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    public static class Twilio {
        private String accountSid = "";
        private String authToken = "";
        /** E.164 WhatsApp sender, without the "whatsapp:" prefix. */
        private String whatsappFrom = "";
        private String smsFrom = "";
        /** Empty for the real Twilio; the base URL of a fake (tests, staging). */
        private String baseUrl = "";
        /** Approved WhatsApp templates (Content SIDs) per event, for messages outside the 24-hour window. */
        private final Map<NotificationEvent, String> contentSids = new EnumMap<>(NotificationEvent.class);
        private Duration sessionWindow = Duration.ofHours(24);

        boolean isConfigured() {
            return !accountSid.isBlank() && !authToken.isBlank() && (!whatsappFrom.isBlank() || !smsFrom.isBlank());
        }

        public String getAccountSid() {
            return accountSid;
        }

        public void setAccountSid(String accountSid) {
            this.accountSid = accountSid == null ? "" : accountSid;
        }

        public String getAuthToken() {
            return authToken;
        }

        public void setAuthToken(String authToken) {
            this.authToken = authToken == null ? "" : authToken;
        }

        public String getWhatsappFrom() {
            return whatsappFrom;
        }

        public void setWhatsappFrom(String whatsappFrom) {
            this.whatsappFrom = whatsappFrom == null ? "" : whatsappFrom;
        }

        public String getSmsFrom() {
            return smsFrom;
        }

        public void setSmsFrom(String smsFrom) {
            this.smsFrom = smsFrom == null ? "" : smsFrom;
        }

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl == null ? "" : baseUrl;
        }

        public Map<NotificationEvent, String> getContentSids() {
            return contentSids;
        }

        public Duration getSessionWindow() {
            return sessionWindow;
        }

        public void setSessionWindow(Duration sessionWindow) {
            this.sessionWindow = sessionWindow;
        }
    }
}

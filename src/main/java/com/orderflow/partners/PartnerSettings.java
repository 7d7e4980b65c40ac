package com.orderflow.partners;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code orderflow.partners.*}: the partner API's rate limit and the webhooks' delivery. */
@ConfigurationProperties("orderflow.partners")
public class PartnerSettings {
    /** Requests one API key may make per minute; the next answers 429 with Retry-After. */
    private int requestsPerMinute = 60;
    private final Webhooks webhooks = new Webhooks();

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public Webhooks getWebhooks() {
        return webhooks;
    }

    public static class Webhooks {
        /** Whether this node runs delivery passes on its schedule (tests run them themselves). */
        private boolean deliverAutomatically = true;
        /** Attempts per event before it is given up (the first one included). */
        private int maxAttempts = 8;
        /** The wait after the first failed attempt; it doubles after each further one. */
        private Duration firstRetryAfter = Duration.ofMinutes(4);
        /** How long one delivery may take (connect and answer). */
        private Duration timeout = Duration.ofSeconds(10);
        private int batchSize = 50;

        public boolean isDeliverAutomatically() {
            return deliverAutomatically;
        }

        public void setDeliverAutomatically(boolean deliverAutomatically) {
            this.deliverAutomatically = deliverAutomatically;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getFirstRetryAfter() {
            return firstRetryAfter;
        }

        public void setFirstRetryAfter(Duration firstRetryAfter) {
            this.firstRetryAfter = firstRetryAfter;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        /** The wait after failed attempt {@code n} (1 = the first): first-retry-after × 2^(n-1). */
        public Duration retryAfter(int failedAttempts) {
            return firstRetryAfter.multipliedBy(1L << Math.min(20, failedAttempts - 1));
        }
    }
}

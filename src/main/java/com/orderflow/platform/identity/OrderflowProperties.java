package com.orderflow.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demo          seed demo users (one per role) and demo orders; only for a laptop trial
 * @param adminPassword the password of the {@code admin} user when not in demo mode; required then
 */
@ConfigurationProperties(prefix = "orderflow")
record OrderflowProperties(boolean demo, String adminPassword) {
}

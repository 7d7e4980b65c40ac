package com.orderflow.notifications;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfig {

    /**
     * The customer-facing texts, apart from the pages' {@code messages}: they are approved
     * wording (WhatsApp templates mirror them) and change on another rhythm. Not a default
     * candidate, so that code asking for "the" MessageSource still gets the pages' one.
     */
    @Bean(defaultCandidate = false)
    MessageSource notificationMessages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("notification-messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}

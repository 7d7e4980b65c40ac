package com.orderflow.partners;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.throttle.Throttle;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(PartnerSettings.class)
class PartnersConfig {

    /** The partners page's texts (en, mr, hi); not a default candidate, like the other modules' own bundles. */
    @Bean(defaultCandidate = false)
    MessageSource partnerMessages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("partners-messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** One bucket per API key: requests-per-minute, refilled over a minute. */
    @Bean
    PartnerThrottle partnerThrottle(PartnerSettings settings, ShopClock clock) {
        return new PartnerThrottle(new Throttle(settings.getRequestsPerMinute(), Duration.ofMinutes(1), clock, 10_000));
    }
}

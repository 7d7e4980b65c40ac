package com.orderflow.platform.engine;

import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.orderflow.platform.RetentionSettings;
import com.orderflow.platform.ShopClock;

/**
 * History does not grow for ever: the engine's nightly cleanup window ({@link HistoryCleanupWindow}) and
 * the history it keeps ({@link KeptHistory}).
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(RetentionSettings.class)
class RetentionConfig {

    @Bean
    HistoryCleanupWindow historyCleanupWindow(RetentionSettings retention, ShopClock clock,
            @Value("${orderflow.reports.rollup-at:00:20}") LocalTime rollupAt) {
        return new HistoryCleanupWindow(retention.cleanupFrom(), retention.cleanupUntil(), rollupAt, clock.zone());
    }

    @Bean
    KeptHistory keptHistory() {
        return new KeptHistory();
    }
}

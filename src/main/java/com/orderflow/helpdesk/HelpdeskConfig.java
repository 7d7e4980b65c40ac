package com.orderflow.helpdesk;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableConfigurationProperties(HelpdeskSettings.class)
@EnableScheduling
class HelpdeskConfig {
}

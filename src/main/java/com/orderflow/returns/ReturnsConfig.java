package com.orderflow.returns;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ReturnsSettings.class)
class ReturnsConfig {
}

package com.orderflow.platform.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.orderflow.platform.Roles;

@Configuration
@EnableConfigurationProperties(OrderflowProperties.class)
class IdentityConfig {

    /** Our admin role is a Camunda administrator too (Admin webapp, user management). */
    @Bean
    ProcessEnginePlugin adminGroupPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                var groups = configuration.getAdminGroups() == null ? new java.util.ArrayList<String>()
                        : new java.util.ArrayList<>(configuration.getAdminGroups());
                groups.add(Roles.ADMIN);
                configuration.setAdminGroups(groups);
            }
        };
    }
}

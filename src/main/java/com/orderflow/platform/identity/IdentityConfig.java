package com.orderflow.platform.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.orderflow.platform.Roles;

@Configuration
@EnableConfigurationProperties(OrderflowProperties.class)
class IdentityConfig {
    static final int MIN_ADMIN_PASSWORD = 10;

    /**
     * Outside demo mode someone must be able to log in: without an admin password the app refuses to
     * start, and says so before it starts anything (a database, the engine), not after.
     */
    @Bean
    static BeanFactoryPostProcessor adminPasswordRequired(Environment environment) {
        return beanFactory -> {
            boolean demo = environment.getProperty("orderflow.demo", Boolean.class, false);
            String password = environment.getProperty("orderflow.admin-password", "");
            if (!demo && password.length() < MIN_ADMIN_PASSWORD) {
                throw new IllegalStateException("orderflow.admin-password (environment ORDERFLOW_ADMIN_PASSWORD) must be"
                        + " set to at least " + MIN_ADMIN_PASSWORD + " characters outside demo mode (the README's trial"
                        + " run uses the demo profile); refusing to start without it");
            }
        };
    }

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

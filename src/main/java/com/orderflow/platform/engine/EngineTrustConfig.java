package com.orderflow.platform.engine;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The engine's trust settings (see {@link EngineTrustPlugin}) and the guard of its REST API. */
@Configuration
class EngineTrustConfig {
    /** After Spring Security (which signs the user in) and Camunda's REST authentication (101). */
    private static final int AFTER_ENGINE_AUTHENTICATION = 102;

    @Bean
    ProcessEnginePlugin engineTrustPlugin(ApplicationContext context) {
        return new EngineTrustPlugin(context, new ProcessBeans(context));
    }

    @Bean
    FilterRegistrationBean<EngineRestGuard> engineRestGuard(TaskSubmissions submissions, ObjectMapper json,
            CamundaBpmProperties camunda) {
        var registration = new FilterRegistrationBean<>(new EngineRestGuard(submissions, json,
                camunda.getWebapp().getCsrf().getInitParams()));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(AFTER_ENGINE_AUTHENTICATION);
        return registration;
    }

    /** The configuration of a filter that the guard runs itself, with these parameters. */
    static FilterConfig filterConfig(String name, ServletContext servletContext, Map<String, String> params) {
        return new FilterConfig() {
            @Override
            public String getFilterName() {
                return name;
            }

            @Override
            public ServletContext getServletContext() {
                return servletContext;
            }

            @Override
            public String getInitParameter(String parameter) {
                return params.get(parameter);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(params.keySet());
            }
        };
    }
}

package com.orderflow.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Form fields, query parameters and path parts of every request to our controllers keep
 * {@link InputRules#problemWithText}: refused with 400 naming each bad field (problem details on
 * the API, the error page on pages) before any controller sees them. JSON bodies are checked where
 * they are read ({@link JsonInputConfig}).
 */
@Configuration
class RequestInputInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        List<FieldProblem> problems = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            check(problems, "parameter name", name);
            for (String value : values == null ? new String[0] : values) {
                check(problems, name, value);
            }
        });
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path) {
            path.forEach((name, value) -> check(problems, String.valueOf(name), value == null ? null : value.toString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return true;
    }

    private static void check(List<FieldProblem> problems, String field, String value) {
        InputRules.problemWithText(value).ifPresent(rule -> problems.add(new FieldProblem(
                InputRules.problemWithText(field).isPresent() ? "parameter name" : field, rule)));
    }
}

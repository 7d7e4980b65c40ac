package com.orderflow.partners.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.orderflow.partners.ApiKeyService;
import com.orderflow.partners.PartnerThrottle;
import com.orderflow.platform.web.FieldProblem;

/**
 * The partner API's own filter chain (F9), ahead of every other: any request that carries an
 * {@code X-Api-Key}, whatever its path. Such a request reaches the orders contract and nothing else
 * (create with the write scope; read and list with the read scope): no page, no Tasklist, no
 * /engine-rest, no other API, whatever session cookie it also sends. No session is made or read.
 */
@Configuration
class PartnerSecurityConfig {
    static final String HEADER = "X-Api-Key";
    private static final RequestMatcher CREATE = new AntPathRequestMatcher("/api/orders", HttpMethod.POST.name());
    private static final RequestMatcher READ = new OrRequestMatcher(
            new AntPathRequestMatcher("/api/orders", HttpMethod.GET.name()),
            new AntPathRequestMatcher("/api/orders/*", HttpMethod.GET.name()));

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain partnerApi(HttpSecurity http, ApiKeyService keys, PartnerThrottle throttle) throws Exception {
        http.securityMatcher(request -> request.getHeader(HEADER) != null)
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        // an error page rendered for an allowed request (its own answer is decided already)
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(CREATE).hasAuthority(ApiKeyAuthentication.SCOPE_WRITE)
                        .requestMatchers(READ).hasAuthority(ApiKeyAuthentication.SCOPE_READ)
                        .anyRequest().denyAll())
                .addFilterBefore(new ApiKeyFilter(keys, throttle), AuthorizationFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> refuse(request, response)))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                // a key is sent by a program on every request, never by a browser on its own
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        if (CREATE.matches(request)) {
            forbidden(response, "This API key may not create orders", "needs the write scope to create orders");
        } else if (READ.matches(request)) {
            forbidden(response, "This API key may not read orders", "needs the read scope to read orders");
        } else {
            forbidden(response, "An API key reaches only the orders API: POST /api/orders, GET /api/orders and "
                    + "GET /api/orders/{number}", "reaches only /api/orders");
        }
    }

    private static void forbidden(HttpServletResponse response, String detail, String rule) throws java.io.IOException {
        PartnerProblems.write(response, HttpServletResponse.SC_FORBIDDEN, "Not allowed for this API key", detail,
                new FieldProblem(HEADER, rule));
    }
}

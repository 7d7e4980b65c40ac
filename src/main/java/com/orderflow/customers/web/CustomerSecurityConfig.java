package com.orderflow.customers.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The customer pages' own filter chain (F8), ahead of the staff chain: {@code /my/**} (the account).
 * Its sessions are customer sessions
 * ({@link CustomerSession}); nothing here accepts a staff login, and the staff chain accepts no
 * customer session. The pages load nothing from elsewhere and run no inline script.
 */
@Configuration
class CustomerSecurityConfig {
    static final String SIGN_IN = "/my/sign-in";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    SecurityFilterChain customerPages(HttpSecurity http, CustomerSession session) throws Exception {
        http.securityMatcher("/my", "/my/**")
                .securityContext(context -> context.securityContextRepository(session.repository()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(SIGN_IN, SIGN_IN + "/**").permitAll()
                        .anyRequest().hasRole(com.orderflow.customers.CustomerUser.ROLE))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.logoutUrl("/my/sign-out").logoutSuccessUrl(SIGN_IN + "?signedOut")
                        // only the customer's context goes; a staff login in the same browser stays
                        .invalidateHttpSession(false).clearAuthentication(true))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}

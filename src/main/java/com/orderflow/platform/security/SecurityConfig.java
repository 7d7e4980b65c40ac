package com.orderflow.platform.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security in front of everything. Camunda's webapps and REST API take the user that
 * Spring Security authenticated (container-based authentication), so the engine's authorization
 * checks apply to that user and their groups.
 */
@Configuration
class SecurityConfig {
    private static final int AFTER_SPRING_SECURITY = 101;
    private static final String TWILIO_CALLBACKS = "/api/notifications/twilio/**";
    private static final String PAYMENT_GATEWAY_CALLBACK = "/api/payments/gateway";
    private static final String COURIER_WEBHOOKS = "/api/trading/couriers/*/scans";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ContentSecurityPolicy contentSecurityPolicy) throws Exception {
        RequestMatcher machineClients = new OrRequestMatcher(
                new AntPathRequestMatcher("/api/**"), new AntPathRequestMatcher("/engine-rest/**"));
        http.authorizeHttpRequests(auth -> auth
                        // password checks that would bypass the sign-in throttle (LoginThrottle): the
                        // engine's "verify a user's password" and the webapps' own login form (our
                        // sign-in page is the webapps' login); nobody needs them
                        .requestMatchers("/engine-rest/identity/verify", "/camunda/api/admin/auth/user/*/login/**")
                        .denyAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        // Twilio's callbacks carry no login: each request is authenticated by its
                        // X-Twilio-Signature, checked in the notifications module
                        .requestMatchers(HttpMethod.POST, TWILIO_CALLBACKS).permitAll()
                        // the payment gateway's callback carries no login either: its
                        // X-Orderflow-Signature (HMAC of the body) is checked in the billing module
                        .requestMatchers(HttpMethod.POST, PAYMENT_GATEWAY_CALLBACK).permitAll()
                        // couriers' tracking webhooks (trading): each authenticated by its
                        // X-Courier-Signature (HMAC of the body), checked in the trading module
                        .requestMatchers(HttpMethod.POST, COURIER_WEBHOOKS).permitAll()
                        // the public tracking page (K1): the unguessable, signed token in the path is
                        // the credential, checked in the tracking module; an unknown one is a 404
                        .requestMatchers(HttpMethod.GET, "/track/*").permitAll()
                        // the trading customer's public pages (tracking, warranty card): the signed
                        // token in the path is the credential, checked in the trading module
                        .requestMatchers(HttpMethod.GET, "/trading/public/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new SignInFailureHandler()).permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ThrottledSignInEntryPoint()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), machineClients))
                // Camunda's webapps carry their own CSRF protection; API clients (ours and the
                // engine's REST API) that send credentials on every request cannot be forged by a
                // browser, but the same URLs used with a page's session can, so those need the token.
                .csrf(csrf -> csrf
                        .ignoringRequestMatchers("/camunda/**", TWILIO_CALLBACKS, PAYMENT_GATEWAY_CALLBACK, COURIER_WEBHOOKS)
                        .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .addHeaderWriter(contentSecurityPolicy.headerWriter()));
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }
}

package com.orderflow.partners.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.orderflow.partners.ApiKeyService;
import com.orderflow.partners.PartnerKey;
import com.orderflow.partners.PartnerThrottle;
import com.orderflow.platform.web.FieldProblem;

/**
 * Signs a request in by its {@code X-Api-Key}: an unknown or revoked key is 401, a key past its rate
 * limit is 429 with Retry-After (nothing else runs then); otherwise the request goes on as the
 * partner, and the chain's rules decide what its scopes reach.
 */
final class ApiKeyFilter extends OncePerRequestFilter {
    private final ApiKeyService keys;
    private final PartnerThrottle throttle;

    ApiKeyFilter(ApiKeyService keys, PartnerThrottle throttle) {
        this.keys = keys;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PartnerKey> key = keys.authenticate(request.getHeader(PartnerSecurityConfig.HEADER));
        if (key.isEmpty()) {
            PartnerProblems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unknown API key",
                    "The API key is not known or was revoked",
                    new FieldProblem(PartnerSecurityConfig.HEADER, "must be a valid, unrevoked API key"));
            return;
        }
        Optional<Duration> wait = throttle.tryTake(key.get());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
            PartnerProblems.write(response, 429, "Too many requests",
                    "This API key may make " + throttle.perMinute() + " requests a minute; try again in "
                            + wait.get().toSeconds() + " s",
                    new FieldProblem(PartnerSecurityConfig.HEADER,
                            "is over its limit of " + throttle.perMinute() + " requests a minute"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(key.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

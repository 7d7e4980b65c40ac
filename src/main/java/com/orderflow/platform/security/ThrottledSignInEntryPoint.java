package com.orderflow.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Where HTTP Basic sign-ins end when they fail: 429 Too Many Requests with {@code Retry-After} and
 * RFC 7807 problem details for a held-back client or account, else 401 asking for Basic credentials
 * (without the challenge for a script's request, as Spring Security does by default).
 */
class ThrottledSignInEntryPoint implements AuthenticationEntryPoint {
    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

    ThrottledSignInEntryPoint() {
        basic.setRealmName("orderflow");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (!(failure instanceof LoginThrottledException held)) {
            if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                // a script's request: no Basic challenge, or the browser would pop up its own login box
                response.sendError(HttpStatus.UNAUTHORIZED.value());
            } else {
                basic.commence(request, response, failure);
            }
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(held.retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://orderflow.example/problems/too-many-sign-ins\","
                + "\"title\":\"Too many failed sign-ins\",\"status\":429,\"detail\":\"" + held.getMessage()
                + ": sign-ins are held back; try again in " + held.retryAfterSeconds() + " seconds\","
                + "\"retryAfterSeconds\":" + held.retryAfterSeconds() + "}");
    }
}

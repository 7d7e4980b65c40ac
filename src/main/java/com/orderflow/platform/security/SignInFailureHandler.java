package com.orderflow.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * The sign-in page's failures: a wrong password back to {@code /login?error}; a held-back client or
 * account to {@code /login?held}, with the refusal kept in the session so the page can say until when.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    SignInFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof LoginThrottledException) {
            saveException(request, exception);
            getRedirectStrategy().sendRedirect(request, response, "/login?held");
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}

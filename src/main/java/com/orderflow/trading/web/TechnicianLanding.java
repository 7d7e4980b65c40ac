package com.orderflow.trading.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/**
 * A technician's home is his visits: the start page ({@code /}, where sign-in lands) sends a user
 * whose only role is technician to {@code /trading/visits}, as a delivery boy goes to his run.
 */
@Configuration
class TechnicianLanding implements WebMvcConfigurer {
    static final String MY_VISITS = "/trading/visits";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
                if ("GET".equals(request.getMethod()) && signedIn != null && signedIn.isAuthenticated()) {
                    CurrentUser user = CurrentUser.of(signedIn);
                    if (user.roles().size() == 1 && user.hasRole(Roles.TECHNICIAN)) {
                        response.sendRedirect(request.getContextPath() + MY_VISITS);
                        return false;
                    }
                }
                return true;
            }
        }).addPathPatterns("/");
    }
}

package com.orderflow.delivery.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.orderflow.platform.security.CurrentUser;

/**
 * A delivery boy's home is his run: the start page ({@code /}, where sign-in lands) sends a user
 * who only delivers to My run; everyone else goes on to the start page as before.
 */
@Configuration
class DeliveryLanding implements WebMvcConfigurer {
    static final String MY_RUN = "/delivery/my-run";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
                if ("GET".equals(request.getMethod()) && signedIn != null && signedIn.isAuthenticated()
                        && CurrentUser.of(signedIn).deliversOnly()) {
                    response.sendRedirect(request.getContextPath() + MY_RUN);
                    return false;
                }
                return true;
            }
        }).addPathPatterns("/");
    }
}

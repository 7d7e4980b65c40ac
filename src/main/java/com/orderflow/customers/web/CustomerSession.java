package com.orderflow.customers.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import com.orderflow.customers.CustomerDirectory;
import com.orderflow.customers.CustomerProfile;
import com.orderflow.customers.CustomerUser;
import com.orderflow.platform.web.NotFoundException;

/**
 * The customer's session, kept apart from staff sessions: its security context lives under its own
 * session attribute, read only by the customer pages' filter chain ({@link CustomerSecurityConfig}).
 * A staff login in the same browser is not a customer login, and a customer login opens no staff
 * page; signing out of one leaves the other as it was.
 */
@Component
class CustomerSession {
    static final String CONTEXT_ATTRIBUTE = "ORDERFLOW_CUSTOMER_SECURITY_CONTEXT";

    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final CustomerDirectory directory;

    CustomerSession(CustomerDirectory directory) {
        this.directory = directory;
        repository.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
    }

    HttpSessionSecurityContextRepository repository() {
        return repository;
    }

    /** Starts the customer's session; a new session id, so a planted one is worth nothing (fixation). */
    void signIn(CustomerProfile customer, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new CustomerPrincipal(customer.id(), customer.phone()), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + CustomerUser.ROLE))));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    /** The signed-in customer, read afresh (the name may have changed with an order). */
    CustomerProfile current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CustomerPrincipal principal)) {
            throw new NotFoundException("Not signed in as a customer");
        }
        return directory.find(principal.customerId()).orElseThrow(() -> new NotFoundException("No customer"));
    }
}

package com.orderflow.platform.web;

import java.security.Principal;
import java.util.Set;

import org.springframework.security.core.Authentication;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/** The signed-in user as the page layout shows them: the id, and which of Camunda's apps they may open. */
public record PageUser(String id, Set<String> roles) {

    /** Null for nobody signed in (the login page, some error pages). */
    static PageUser of(Principal principal) {
        if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()) {
            return null;
        }
        CurrentUser user = CurrentUser.of(authentication);
        return new PageUser(user.id(), user.roles());
    }

    /** Cockpit access is granted to these roles by the identity bootstrap. */
    public boolean mayUseCockpit() {
        return roles.contains(Roles.ADMIN) || roles.contains(Roles.ORDER_MANAGER);
    }

    public boolean deliversOnly() {
        return new CurrentUser(id, roles).deliversOnly();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

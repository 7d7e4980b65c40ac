package com.orderflow.platform.engine;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import com.orderflow.platform.Roles;

/** Who calls the engine's REST API, with his role groups, as Spring Security signed him in. */
record EngineUser(String id, List<String> groups) {

    static EngineUser of(Authentication authentication) {
        return new EngineUser(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length())).toList());
    }

    /** Admins may do more than a task's form allows (Cockpit, the REST API): the shop's admin role. */
    boolean isAdmin() {
        return groups.contains(Roles.ADMIN)
                || groups.contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
    }
}

package com.orderflow.platform.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import com.orderflow.platform.Roles;

/** The signed-in staff member: user id and role group ids. */
public record CurrentUser(String id, Set<String> roles) {

    public static CurrentUser of(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(authentication.getName(), roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A delivery boy and nothing else (other groups he may be in do not count): he sees only his deliveries. */
    public boolean deliversOnly() {
        return hasRole(Roles.DELIVERY)
                && Roles.ALL.stream().filter(role -> !role.equals(Roles.DELIVERY)).noneMatch(this::hasRole);
    }
}

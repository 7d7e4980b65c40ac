package com.orderflow.platform.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * One login for everything: users and groups live in Camunda's identity service, so Tasklist,
 * Cockpit, our pages and the API all see the same people and roles. Each Camunda group becomes the
 * authority {@code ROLE_<groupId>}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {
    private final IdentityService identityService;

    CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || user.isBlank() || credentials == null
                || !identityService.checkPassword(user, credentials.toString())) {
            throw new BadCredentialsException("Wrong user name or password");
        }
        List<GrantedAuthority> roles = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .<GrantedAuthority>map(id -> new SimpleGrantedAuthority("ROLE_" + id))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

package com.orderflow.platform.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import com.orderflow.platform.Roles;

/**
 * One login for everything: users and groups live in Camunda's identity service, so Tasklist,
 * Cockpit, our pages and the API all see the same people and roles. Each Camunda group becomes the
 * authority {@code ROLE_<groupId>}. Every password check (the sign-in page, HTTP Basic on /api and
 * /engine-rest) passes {@link LoginThrottle} first: a held-back client or account is refused
 * without asking the identity service.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {
    private final IdentityService identityService;
    private final LoginThrottle throttle;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || user.isBlank() || credentials == null) {
            throw new BadCredentialsException("Wrong user name or password");
        }
        LoginThrottle.Attempt attempt = new LoginThrottle.Attempt(user, clientOf(authentication), isAdmin(user));
        throttle.checkAllowed(attempt);
        if (!identityService.checkPassword(user, credentials.toString())) {
            throttle.failed(attempt);
            throw new BadCredentialsException("Wrong user name or password");
        }
        throttle.succeeded(attempt);
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

    /**
     * The client's address as the servlet container sees it: behind a reverse proxy that is the
     * proxy, unless forwarded headers are configured to be trusted (server.forward-headers-strategy).
     */
    private static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    private boolean isAdmin(String user) {
        return identityService.createUserQuery().userId(user).memberOfGroup(Roles.ADMIN).count() > 0
                || identityService.createUserQuery().userId(user).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
    }
}

package com.orderflow.platform.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;

/**
 * Records failed logins (K12): a wrong password is an action worth knowing about. A sign-in refused
 * because its client or account is held back (a locked-account failure) is not written again: the
 * lockout itself is recorded once (LOGIN_LOCKED, LOGIN_THROTTLED), so guessing cannot fill the
 * audit trail.
 */
@Component
class SecurityAuditListener {
    private final AuditLog audit;

    SecurityAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureLockedEvent) {
            return;
        }
        String who = String.valueOf(event.getAuthentication().getName());
        audit.record(who.length() > 64 ? who.substring(0, 64) : who, "LOGIN_FAILED", null,
                event.getException().getClass().getSimpleName());
    }
}

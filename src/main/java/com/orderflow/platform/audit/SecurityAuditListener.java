package com.orderflow.platform.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Records failed logins (K12): a wrong password is an action worth knowing about. */
@Component
class SecurityAuditListener {
    private final AuditLog audit;

    SecurityAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String who = String.valueOf(event.getAuthentication().getName());
        audit.record(who.length() > 64 ? who.substring(0, 64) : who, "LOGIN_FAILED", null,
                event.getException().getClass().getSimpleName());
    }
}

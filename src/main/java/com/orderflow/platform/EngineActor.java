package com.orderflow.platform;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is acting inside the engine right now: the user that Tasklist or the REST API authenticated
 * for this request, or "system" for timers and jobs.
 */
@Component
public class EngineActor {
    public static final String SYSTEM = "system";
    private final IdentityService identityService;

    EngineActor(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String current() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }

    /**
     * Runs engine calls in the name of a staff member whom our own service has already checked (a
     * page completing his task), so that the engine's listeners record him rather than "system". The
     * engine is told he acts with the admin role's engine rights: what he may do was decided by the
     * caller, and the engine must not refuse it for want of a grant he should not have in Tasklist.
     */
    public void as(String userId, Runnable work) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(userId, List.of(Roles.ADMIN));
        try {
            work.run();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }
}

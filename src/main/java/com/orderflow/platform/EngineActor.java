package com.orderflow.platform;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.orderflow.platform.security.CurrentUser;

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
     * Runs the work in the user's name with his groups, so that the engine checks his authorizations
     * and listeners see him; with a null user, in nobody's name (no authorization check). The
     * previous actor is restored after.
     */
    public <T> T as(String userId, List<String> groups, Supplier<T> work) {
        Authentication previous = identityService.getCurrentAuthentication();
        if (userId == null) {
            identityService.clearAuthentication();
        } else {
            identityService.setAuthentication(userId, groups);
        }
        try {
            return work.get();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }

    /**
     * Runs engine calls in the name of a staff member whom our own service has already checked (a
     * page completing his task), so that the engine's listeners record him rather than "system". The
     * engine is told he acts with the admin role's engine rights: what he may do was decided by the
     * caller, and the engine must not refuse it for want of a grant he should not have in Tasklist.
     */
    public void as(String userId, Runnable work) {
        as(userId, List.of(Roles.ADMIN), () -> {
            work.run();
            return null;
        });
    }

    /**
     * The acting user with his role groups, for a permission check inside a step; timers, jobs and our
     * own code acting without a user are the system, which may do what an admin may.
     */
    public CurrentUser currentUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return new CurrentUser(SYSTEM, Set.of(Roles.ADMIN));
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return new CurrentUser(authentication.getUserId(), Set.copyOf(groups));
    }
}

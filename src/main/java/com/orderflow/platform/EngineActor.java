package com.orderflow.platform;

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
}

package com.orderflow.delivery;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.orderflow.platform.Roles;

/**
 * Runs engine calls in the name of the staff member our own service has already checked, so that
 * the engine's listeners record him (the timeline says "ravi took it out", not "system"). The
 * engine is told he acts with the admin role's engine rights: a delivery boy has no engine right to start a
 * process or correlate messages, and must not get one in Tasklist or the REST API; the rights
 * that matter here (his own run, his own stops) are checked by {@link RunDispatch} before this runs.
 * It also answers who the delivery boys are (the engine's delivery group).
 */
@Component
class EngineUsers {
    private final IdentityService identity;

    EngineUsers(IdentityService identity) {
        this.identity = identity;
    }

    /** Whether the user id is a member of the delivery group. */
    boolean isDeliveryBoy(String userId) {
        return userId != null && !userId.isEmpty()
                && identity.createUserQuery().userId(userId).memberOfGroup(Roles.DELIVERY).count() > 0;
    }

    /** The user ids of the delivery group, in order. */
    List<String> deliveryBoys() {
        return identity.createUserQuery().memberOfGroup(Roles.DELIVERY).orderByUserId().asc().list().stream()
                .map(u -> u.getId()).toList();
    }

    <T> T as(String userId, Supplier<T> work) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthentication(userId, List.of(Roles.ADMIN));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }
}

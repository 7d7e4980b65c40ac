package com.orderflow.platform.engine;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderflow.platform.Roles;
import com.orderflow.platform.bootstrap.StartupStep;

/**
 * Tasks created before the engine gave candidates TASK_WORK (see {@link EngineTrustPlugin}) carry
 * UPDATE for their candidate groups and assignees, which also sets the task's variables: at start,
 * before the port opens, each such grant becomes TASK_WORK. Idempotent; admins keep what they have by their role.
 */
@Component
@Order(1)
class TaskWorkUpgrade implements StartupStep {
    private final AuthorizationService authorizations;

    TaskWorkUpgrade(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    /** Open tasks only: the engine deletes a task's grants with the task. */
    @Override
    public void run() {
        List<Authorization> grants = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .authorizationType(Authorization.AUTH_TYPE_GRANT).hasPermission(Permissions.UPDATE).list();
        for (Authorization grant : grants) {
            if (Roles.ADMIN.equals(grant.getGroupId()) || Groups.CAMUNDA_ADMIN.equals(grant.getGroupId())
                    || "*".equals(grant.getResourceId())) {
                continue;
            }
            grant.removePermission(Permissions.UPDATE);
            grant.addPermission(Permissions.TASK_WORK);
            authorizations.saveAuthorization(grant);
        }
    }
}

package com.orderflow.platform.engine;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * The engine's default grants, except that whoever deploys may read his deployment but not delete
 * it: deleting a deployment (with its running instances, when cascaded) stays with admins, so a
 * process owner can deploy a diagram and nothing more.
 */
final class DeployerAuthorizations extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newDeployment(Deployment deployment) {
        AuthorizationEntity[] grants = super.newDeployment(deployment);
        if (grants != null) {
            for (AuthorizationEntity grant : grants) {
                grant.removePermission(Permissions.DELETE);
            }
        }
        return grants;
    }
}

package com.orderflow.trading;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Refuses a deployment whose vendor-payment-stages table does not add up to 100% (or lacks a stage),
 * whoever deploys it: Camunda Modeler shows the refusal with the stage and the rule, and the
 * version in use stays the last good one. Runs before the engine's own deployers.
 */
@Component
class StageTableDeployCheck extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(this::check);
        configuration.setCustomPreDeployers(deployers);
    }

    private void check(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName().endsWith(".dmn") && resource.getBytes() != null) {
                var problems = StageTable.problemsOfFile(resource.getBytes());
                if (!problems.isEmpty()) {
                    throw new ProcessEngineException(StageTable.DECISION_KEY + " in " + resource.getName()
                            + " is refused: " + problems.stream().map(p -> p.field() + " " + p.message())
                                    .collect(Collectors.joining("; ")));
                }
            }
        }
    }
}

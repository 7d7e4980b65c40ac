package com.orderflow.platform.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;

/**
 * What the engine itself enforces so that process variables are not a way around roles and a
 * deployed diagram cannot run code of its author's choosing:
 * <ul>
 * <li>a task's candidates and assignee get TASK_WORK on it (claim, complete), not UPDATE (which
 * also sets its variables, owner and due date); whoever deploys may not delete the deployment
 * ({@link DeployerAuthorizations});</li>
 * <li>expressions resolve the process beans before variables, and see no other bean
 * ({@link BeansFirstExpressionManager});</li>
 * <li>every new deployment is checked ({@link DeploymentCheck});</li>
 * <li>a failed command is logged by what it is: a refusal is no error ({@link CommandFailureLog}).</li>
 * </ul>
 */
final class EngineTrustPlugin extends AbstractProcessEnginePlugin {
    private final ApplicationContext context;
    private final ProcessBeans beans;

    EngineTrustPlugin(ApplicationContext context, ProcessBeans beans) {
        this.context = context;
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDefaultUserPermissionForTask(Permissions.TASK_WORK);
        configuration.setResourceAuthorizationProvider(new DeployerAuthorizations());
        configuration.setBeans(beans);
        configuration.setExpressionManager(new BeansFirstExpressionManager(context, beans));
        var deployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<Deployer>() : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(0, new DeploymentCheck(new BpmnCheck(new ExpressionCheck(beans))));
        configuration.setCustomPreDeployers(deployers);
        configuration.setEnableCmdExceptionLogging(false);
        configuration.setCustomPreCommandInterceptorsTxRequired(withFailureLog(
                configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(withFailureLog(
                configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withFailureLog(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = new ArrayList<>();
        all.add(new CommandFailureLog());
        if (interceptors != null) {
            all.addAll(interceptors);
        }
        return all;
    }
}

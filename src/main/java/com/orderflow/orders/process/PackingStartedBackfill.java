package com.orderflow.orders.process;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderLifecycle;
import com.orderflow.platform.bootstrap.StartupStep;

/**
 * At start-up, tells the orders whose "Pack order" task is already claimed that packing started:
 * tasks claimed before orders kept that fact would otherwise let the items change under the
 * packer. Repeating it changes nothing, so it runs at every start, before the port opens; it reads only the open,
 * claimed pack tasks and their processes, in two queries.
 */
@Component
class PackingStartedBackfill implements StartupStep {
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final OrderLifecycle lifecycle;

    PackingStartedBackfill(TaskService tasks, RuntimeService runtime, OrderLifecycle lifecycle) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.lifecycle = lifecycle;
    }

    @Override
    public void run() {
        var claimed = tasks.createTaskQuery().processDefinitionKey(OrderFulfilmentProcess.KEY)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).taskAssigned().list();
        if (claimed.isEmpty()) {
            return;
        }
        Set<String> instanceIds = claimed.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> orderOf = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .stream().filter(p -> p.getBusinessKey() != null).collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        claimed.forEach(task -> lifecycle.packingStarted(orderOf.get(task.getProcessInstanceId()), task.getAssignee()));
    }
}

package com.orderflow.platform.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** A task's candidates may work it, not set its variables: also on tasks opened before the engine said so. */
@OrderflowSpringTest
class TaskWorkUpgradeTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    OrderService orders;
    @Autowired
    TaskService tasks;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    TaskWorkUpgrade upgrade;

    @Test
    void candidatesGetTaskWorkAndAnOldUpdateGrantIsTurnedIntoIt() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String pack = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult().getId();
        Authorization grant = packersGrantOn(pack);
        assertTrue(grant.isPermissionGranted(Permissions.TASK_WORK));
        assertFalse(grant.isPermissionGranted(Permissions.UPDATE));

        grant.addPermission(Permissions.UPDATE); // as the engine granted before
        authorizations.saveAuthorization(grant);
        upgrade.run();

        Authorization upgraded = packersGrantOn(pack);
        assertFalse(upgraded.isPermissionGranted(Permissions.UPDATE));
        assertTrue(upgraded.isPermissionGranted(Permissions.TASK_WORK));
        assertEquals(204, EngineRestClient.rest(http, "packer").post("/task/" + pack + "/claim",
                "{\"userId\":\"packer\"}").status());
    }

    private Authorization packersGrantOn(String taskId) {
        return authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
                .groupIdIn("packer").singleResult();
    }
}

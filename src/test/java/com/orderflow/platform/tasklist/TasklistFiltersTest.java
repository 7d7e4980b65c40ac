package com.orderflow.platform.tasklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** Each role opens Tasklist on its own group's filter, which lists the most urgent task first, then the oldest. */
@OrderflowSpringTest
class TasklistFiltersTest {
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    OrderService orders;
    @Autowired
    TasklistFilters tasklistFilters;

    /** The filters a user may read, in the order Tasklist lists them (the first is where it opens). */
    private List<String> visibleTo(String user, String... groups) {
        identity.setAuthentication(user, List.of(groups));
        try {
            return filters.createFilterQuery().list().stream()
                    .sorted(Comparator.comparingInt(f -> ((Number) f.getProperties().get("priority")).intValue()))
                    .map(Filter::getName).toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void eachRoleSeesItsOwnGroupFilterFirstThenItsOwnTasks() {
        assertEquals(List.of("Packer tasks", "My tasks"), visibleTo("packer", "packer"));
        assertEquals(List.of("Biller tasks", "My tasks"), visibleTo("biller", "biller"));
        assertEquals(List.of("Customer Care tasks", "My tasks"), visibleTo("care", "customer-care"));
        assertEquals(List.of("Karigar desk tasks", "My tasks"), visibleTo("karigar", "karigar-desk"));
        // a delivery boy's stops are assigned to him, not offered to the group
        assertEquals(List.of("My tasks"), visibleTo("ravi", "delivery"));
        assertEquals("Admin tasks", visibleTo("owner", "admin", "camunda-admin").get(0));
    }

    @Test
    void theGroupFilterListsTheMostUrgentFirstThenTheOldest() {
        Task first = packTask();
        Task second = packTask();
        Task third = packTask();
        Instant soon = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        tasks.setDueDate(first.getId(), Date.from(soon.plus(1, ChronoUnit.HOURS)));
        tasks.setDueDate(second.getId(), Date.from(soon));
        tasks.setDueDate(third.getId(), Date.from(soon.plus(1, ChronoUnit.HOURS)));

        Filter packers = filters.createFilterQuery().filterName(TasklistFilters.filterName("packer")).singleResult();
        List<Task> listed = filters.list(packers.getId(), tasks.createTaskQuery()
                .processInstanceIdIn(first.getProcessInstanceId(), second.getProcessInstanceId(),
                        third.getProcessInstanceId()));
        assertEquals(List.of(second.getId(), first.getId(), third.getId()), listed.stream().map(Task::getId).toList(),
                "due soonest first; of two due together, the older first");
    }

    @Test
    void startingAgainPutsTheFiltersBackAndLeavesNoSecondCopy() {
        tasklistFilters.ensure();
        tasklistFilters.ensure();
        assertEquals(1, filters.createFilterQuery().filterName("Packer tasks").count());
        assertEquals(1, filters.createFilterQuery().filterName("My tasks").count());
        assertEquals(0, filters.createFilterQuery().filterName("My group tasks").count());
        assertEquals(List.of("Packer tasks", "My tasks"), visibleTo("packer", "packer"));
    }

    private Task packTask() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        return tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult();
    }
}

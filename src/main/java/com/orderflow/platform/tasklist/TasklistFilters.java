package com.orderflow.platform.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import com.orderflow.platform.Roles;

/**
 * The Tasklist filters: one per role, named for it ("Packer tasks"), showing the role group's tasks
 * (claimed ones too) most urgent first: by due date, then the oldest. Tasklist opens on the filter
 * of lowest priority a user may read, so each role sees only its own filter and "My tasks" (what is
 * assigned to him, in the same order), and opens on its own. Delivery boys' stops are assigned to
 * each boy, not offered to the group, and so are a technician's installation visits: they open on "My
 * tasks". The filters are the app's: their query
 * and properties are put back at every start.
 */
@Component
public class TasklistFilters {
    static final String MY_TASKS = "My tasks";
    /** The one group filter of earlier versions, replaced by the role filters. */
    static final String EARLIER_GROUP_FILTER = "My group tasks";
    /** Roles whose tasks are assigned to a person by the diagram rather than offered to the group. */
    static final Set<String> ASSIGNED_IN_PERSON = Set.of(Roles.DELIVERY, Roles.TECHNICIAN);
    private static final int FIRST_ROLE_PRIORITY = -30;
    private static final int MY_TASKS_PRIORITY = 10;

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    /** The filter a role's members open Tasklist on. */
    public static String filterName(String role) {
        return Roles.displayName(role) + " tasks";
    }

    /** Creates or puts back the filters and who may read them; idempotent, on every node at every start. */
    public void ensure() {
        int priority = FIRST_ROLE_PRIORITY;
        for (String role : Roles.ALL) {
            if (ASSIGNED_IN_PERSON.contains(role)) {
                continue;
            }
            TaskQuery query = mostUrgentFirst(tasks.createTaskQuery().taskCandidateGroup(role).includeAssignedTasks());
            String id = save(filterName(role), priority++, query, "Tasks of the " + Roles.displayName(role)
                    + " group, claimed or not, most urgent first: by due date, then the oldest");
            mayRead(role, id);
        }
        String mine = save(MY_TASKS, MY_TASKS_PRIORITY, mostUrgentFirst(tasks.createTaskQuery()
                .taskAssigneeExpression("${currentUser()}")), "Tasks assigned to me, most urgent first");
        Roles.ALL.forEach(role -> mayRead(role, mine));
        filters.createFilterQuery().filterName(EARLIER_GROUP_FILTER).list().forEach(f -> filters.deleteFilter(f.getId()));
        forgetReadingEveryFilter();
    }

    private static TaskQuery mostUrgentFirst(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    private String save(String name, int priority, TaskQuery query, String description) {
        List<Filter> existing = filters.createFilterQuery().filterName(name).list();
        Filter filter = existing.isEmpty() ? filters.newTaskFilter(name) : existing.get(0);
        filter.setQuery(query);
        Map<String, Object> properties = new HashMap<>();
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("description", description);
        filter.setProperties(properties);
        return filters.saveFilter(filter).getId();
    }

    private void mayRead(String group, String filterId) {
        if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.FILTER)
                .resourceId(filterId).count() == 0) {
            var grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.FILTER);
            grant.setResourceId(filterId);
            grant.addPermission(Permissions.READ);
            authorizations.saveAuthorization(grant);
        }
    }

    /**
     * Earlier versions let every role read every filter, so a packer could open on another role's;
     * admins keep reading them all.
     */
    private void forgetReadingEveryFilter() {
        for (String role : Roles.ALL) {
            if (!Roles.ADMIN.equals(role)) {
                authorizations.createAuthorizationQuery().groupIdIn(role).resourceType(Resources.FILTER)
                        .resourceId("*").authorizationType(AUTH_TYPE_GRANT).list()
                        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
            }
        }
    }
}

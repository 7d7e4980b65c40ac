package com.orderflow.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderflow.platform.Roles;

/**
 * Makes sure the role groups, their engine authorizations and the Tasklist filters exist, and that
 * someone can log in: the demo users in demo mode, otherwise an {@code admin} user whose password
 * must be configured. Idempotent: runs at every start, on every node.
 */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);
    private static final String CAMUNDA_ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final OrderflowProperties properties;
    private final org.springframework.core.env.Environment environment;

    IdentityBootstrap(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            TaskService tasks, OrderflowProperties properties, org.springframework.core.env.Environment environment) {
        if (!properties.demo() && (properties.adminPassword() == null || properties.adminPassword().length() < 10)) {
            throw new IllegalStateException("orderflow.admin-password (environment ORDERFLOW_ADMIN_PASSWORD) must be"
                    + " set to at least 10 characters outside demo mode; refusing to start without it");
        }
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        Roles.ALL.forEach(this::ensureGroup);
        ensureGroup(CAMUNDA_ADMIN);
        grantRoleAuthorizations();
        ensureTaskFilters();
        if (properties.demo()) {
            DemoUser.ALL.forEach(u -> ensureUser(u.id(), u.firstName(), u.lastName(), u.password(), u.role()));
            StringBuilder banner = new StringBuilder("\n\n  orderflow demo users (user / password / role):\n");
            DemoUser.ALL.forEach(u -> banner.append(String.format("    %-8s / %-11s / %s%n", u.id(), u.password(),
                    Roles.displayName(u.role()))));
            String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
            banner.append("  Open " + base + "/ (board), " + base + "/camunda/app/tasklist/ (tasks)\n");
            log.info(banner.toString());
        } else {
            ensureUser("admin", "Shop", "Admin", properties.adminPassword(), Roles.ADMIN);
        }
    }

    private void ensureGroup(String id) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(CAMUNDA_ADMIN.equals(id) ? "Camunda administrators" : Roles.displayName(id));
            group.setType(CAMUNDA_ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void ensureUser(String id, String first, String last, String password, String role) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(first);
            user.setLastName(last);
            user.setPassword(password);
            identity.saveUser(user);
        }
        ensureMembership(id, role);
        if (Roles.ADMIN.equals(role)) {
            // Camunda's webapps offer a first-admin set-up page until camunda-admin has a member
            ensureMembership(id, CAMUNDA_ADMIN);
        }
    }

    private void ensureMembership(String user, String group) {
        if (identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
            identity.createMembership(user, group);
        }
    }

    private void grantRoleAuthorizations() {
        for (Resource resource : Resources.values()) {
            grant(Roles.ADMIN, resource, "*", Permissions.ALL);
        }
        for (String role : Roles.ALL) {
            grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(role, Resources.FILTER, "*", Permissions.READ);
            grant(role, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            grant(role, Resources.USER, "*", Permissions.READ);
            grant(role, Resources.GROUP, "*", Permissions.READ);
        }
        grant(Roles.ORDER_MANAGER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.ORDER_MANAGER, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(Roles.ORDER_MANAGER, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(Roles.ORDER_MANAGER, Resources.DECISION_DEFINITION, "*", Permissions.READ,
                Permissions.READ_HISTORY);
        grantProcessOwner();
    }

    /**
     * A process owner deploys diagrams, decision tables and forms (Camunda Modeler, Cockpit) and reads
     * what runs; changing, cancelling or deleting instances, deployments and users stays with admins.
     * What a deployment may contain is checked by the engine (platform.engine.DeploymentCheck).
     */
    private void grantProcessOwner() {
        grant(Roles.PROCESS_OWNER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.PROCESS_OWNER, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
        grant(Roles.PROCESS_OWNER, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE);
        grant(Roles.PROCESS_OWNER, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(Roles.PROCESS_OWNER, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(Roles.PROCESS_OWNER, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    }

    /** Grants permissions, merging into the group's existing grant on the resource (one row per resource). */
    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        var authorization = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                .resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).list().stream().findFirst()
                .orElseGet(() -> {
                    var fresh = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                    fresh.setGroupId(group);
                    fresh.setResource(resource);
                    fresh.setResourceId(resourceId);
                    return fresh;
                });
        boolean missing = false;
        for (Permission permission : permissions) {
            if (authorization.getId() == null || !authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                missing = true;
            }
        }
        if (missing) {
            authorizations.saveAuthorization(authorization);
        }
    }

    private void ensureTaskFilters() {
        if (filters.createFilterQuery().filterName("My tasks").count() == 0) {
            saveFilter("My tasks", -10, identityTaskQuery(true));
        }
        if (filters.createFilterQuery().filterName("My group tasks").count() == 0) {
            saveFilter("My group tasks", -5, identityTaskQuery(false));
        }
    }

    private TaskQuery identityTaskQuery(boolean assignedToMe) {
        TaskQuery query = tasks.createTaskQuery();
        if (assignedToMe) {
            query.taskAssigneeExpression("${currentUser()}");
        } else {
            query.taskCandidateGroupInExpression("${currentUserGroups()}");
            query.includeAssignedTasks();
        }
        return query;
    }

    private void saveFilter(String name, int priority, TaskQuery query) {
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        filter.setProperties(new java.util.HashMap<>(Map.of("priority", priority, "refresh", true,
                "description", name)));
        filters.saveFilter(filter);
    }
}

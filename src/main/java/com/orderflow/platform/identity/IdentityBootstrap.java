package com.orderflow.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderflow.platform.Roles;
import com.orderflow.platform.bootstrap.StartupStep;
import com.orderflow.platform.tasklist.TasklistFilters;

/**
 * Makes sure the role groups, their engine authorizations and the Tasklist filters exist, and that
 * someone can log in: the demo users in demo mode, otherwise an {@code admin} user whose password
 * must be configured. Idempotent: runs at every start, on every node.
 */
@Component
@Order(0)
class IdentityBootstrap implements StartupStep {
    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);
    private static final String CAMUNDA_ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final TasklistFilters filters;
    private final OrderflowProperties properties;
    private final org.springframework.core.env.Environment environment;

    IdentityBootstrap(IdentityService identity, AuthorizationService authorizations, TasklistFilters filters,
            OrderflowProperties properties, org.springframework.core.env.Environment environment) {
        // outside demo mode the admin password was checked before anything started (IdentityConfig)
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run() {
        Roles.ALL.forEach(this::ensureGroup);
        ensureGroup(CAMUNDA_ADMIN);
        grantRoleAuthorizations();
        filters.ensure();
        if (properties.demo()) {
            DemoUser.ALL.forEach(u -> ensureUser(u.id(), u.firstName(), u.lastName(), u.password(), u.role()));
        } else {
            ensureUser("admin", "Shop", "Admin", properties.adminPassword(), Roles.ADMIN);
        }
    }

    /** Once the web server listens (after the start-up work), so that the port printed is the real one. */
    @EventListener(ApplicationReadyEvent.class)
    void printDemoUsers() {
        if (!properties.demo()) {
            return;
        }
        StringBuilder banner = new StringBuilder("\n\n  orderflow demo users (user / password / role):\n");
        DemoUser.ALL.forEach(u -> banner.append(String.format("    %-8s / %-11s / %s%n", u.id(), u.password(),
                Roles.displayName(u.role()))));
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        banner.append("  Open " + base + "/ (board), " + base + "/camunda/app/tasklist/ (tasks)\n");
        log.info(banner.toString());
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
}

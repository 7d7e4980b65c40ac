package com.orderflow.orders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.orderflow.platform.security.CurrentUser;

/**
 * The role × action × status matrix (F2) lives in {@code dmn/order-action-permission.dmn}, so a
 * process owner changes who may do what by editing a table and deploying it. The newest deployed
 * version is used. It runs on every request, so it is evaluated by a standalone DMN engine that
 * writes no decision history; each deployed version is parsed once.
 */
@Component
class OrderPermissions {
    static final String DECISION_KEY = "order-action-permission";

    enum Action {
        VIEW, CREATE, EDIT, NOTE, CANCEL, DISCOUNT;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final RepositoryService repository;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsedByDefinitionId = new ConcurrentHashMap<>();

    OrderPermissions(RepositoryService repository) {
        this.repository = repository;
    }

    boolean allows(CurrentUser user, Action action, OrderStatus status) {
        DmnDecision decision = latestDecision();
        return user.roles().stream().anyMatch(role -> Boolean.TRUE.equals(dmnEngine.evaluateDecisionTable(decision,
                Variables.createVariables().putValue("action", action.key()).putValue("role", role)
                        .putValue("status", status == null ? "" : status.name()))
                .getSingleEntry()));
    }

    void check(CurrentUser user, Action action, OrderStatus status) {
        if (!allows(user, action, status)) {
            throw new AccessDeniedException("Your role may not " + action.key() + " orders"
                    + (status == null ? "" : " that are " + status));
        }
    }

    private DmnDecision latestDecision() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision " + DECISION_KEY + " is not deployed");
        }
        return parsedByDefinitionId.computeIfAbsent(definition.getId(), id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                return dmnEngine.parseDecision(DECISION_KEY, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

package com.orderflow.platform.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The newest deployed version of one decision table that a process owner tunes, evaluated by a
 * standalone DMN engine (no decision history for every call); each deployed version is parsed once.
 * For decisions asked on every request or bill rather than from a diagram.
 */
public final class LatestDecision {
    private final String key;
    private final RepositoryService repository;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsedByDefinitionId = new ConcurrentHashMap<>();

    public LatestDecision(String key, RepositoryService repository) {
        this.key = key;
        this.repository = repository;
    }

    /** @throws IllegalStateException when the decision is not deployed */
    public DmnDecisionResult evaluate(VariableMap variables) {
        return dmnEngine.evaluateDecision(latest(), variables);
    }

    private DmnDecision latest() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision " + key + " is not deployed");
        }
        return parsedByDefinitionId.computeIfAbsent(definition.getId(), id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                return dmnEngine.parseDecision(key, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

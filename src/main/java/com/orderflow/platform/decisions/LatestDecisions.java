package com.orderflow.platform.decisions;

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
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The newest deployed version of a decision table, evaluated by a standalone DMN engine that writes
 * no decision history (tables asked on every request or for every candidate must not fill the
 * history). A table a process owner deploys from Camunda Modeler takes effect at the next question;
 * each deployed version is parsed once. One home for what the orders and delivery modules each do
 * on their own (STYLE.md: "latest deployed decision, parsed and cached").
 */
@Component
public class LatestDecisions {
    private final RepositoryService repository;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsedByDefinitionId = new ConcurrentHashMap<>();

    LatestDecisions(RepositoryService repository) {
        this.repository = repository;
    }

    /** Every matching row's outputs, by the newest deployed version of {@code key}. */
    public DmnDecisionResult evaluate(String key, Map<String, Object> inputs) {
        return dmnEngine.evaluateDecision(latest(key), Variables.fromMap(inputs));
    }

    /** The newest deployed version's definition (its id, version and deployment). */
    public DecisionDefinition definition(String key) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision " + key + " is not deployed");
        }
        return definition;
    }

    /** The decision of the newest deployed version, parsed once per version. */
    public DmnDecision latest(String key) {
        DecisionDefinition definition = definition(key);
        return parsedByDefinitionId.computeIfAbsent(definition.getId(), id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                return dmnEngine.parseDecision(key, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The plain DMN engine, for checking a table before it is deployed. */
    public DmnEngine engine() {
        return dmnEngine;
    }
}

package com.orderflow.platform.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
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
 * The newest deployed version of a decision table, parsed once per version, for code that decides
 * with a table outside a process (who may do what to an order, delivery zones). Which version is the
 * newest is asked of the engine at most every {@link #RECHECK} per table, not on every request (it
 * was a query per request, issue 18): a table deployed from Camunda Modeler applies within seconds.
 */
@Component
public class LatestDecisions {
    static final Duration RECHECK = Duration.ofSeconds(5);
    private final RepositoryService repository;
    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsedByDefinitionId = new ConcurrentHashMap<>();
    private final Map<String, Known> newest = new ConcurrentHashMap<>();

    LatestDecisions(RepositoryService repository) {
        this.repository = repository;
    }

    private record Known(String definitionId, long checkedAt) {
    }

    /** The DMN engine that evaluates the decisions this class answers. */
    public DmnEngine engine() {
        return engine;
    }

    /** Every matching row's outputs, by the newest deployed version of {@code key}. */
    public DmnDecisionResult evaluate(String key, Map<String, Object> inputs) {
        return engine.evaluateDecision(latest(key), Variables.fromMap(inputs));
    }

    /** The newest deployed version's definition (its id, version and deployment), asked of the engine now. */
    public DecisionDefinition definition(String key) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision " + key + " is not deployed");
        }
        return definition;
    }

    /** The newest deployed version of the decision; an IllegalStateException when none is deployed. */
    public DmnDecision latest(String key) {
        long now = System.nanoTime();
        Known known = newest.get(key);
        if (known == null || now - known.checkedAt() > RECHECK.toNanos()) {
            DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .latestVersion().singleResult();
            if (definition == null) {
                throw new IllegalStateException("Decision " + key + " is not deployed");
            }
            known = new Known(definition.getId(), now);
            newest.put(key, known);
        }
        return parsedByDefinitionId.computeIfAbsent(known.definitionId(), id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                return engine.parseDecision(key, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

package com.orderflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A decision table file from {@code dmn/} (as it is on the classpath) on a plain DMN engine that
 * remembers which row answered last, so that row-by-row tests can name the row they exercise.
 */
public final class DecisionTableProbe {
    public final DmnEngine engine;
    public final DmnDecision table;
    private final List<String> lastMatchingRows = new ArrayList<>();

    public DecisionTableProbe(String key) {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
            lastMatchingRows.clear();
            event.getMatchingRules().forEach(rule -> lastMatchingRows.add(rule.getId()));
        }));
        this.engine = configuration.buildEngine();
        try (InputStream file = DecisionTableProbe.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
            if (file == null) {
                throw new IllegalStateException("dmn/" + key + ".dmn is not on the classpath");
            }
            this.table = engine.parseDecision(key, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single output of the answering row (null for an empty output). */
    public Object evaluate(Map<String, Object> inputs) {
        return engine.evaluateDecisionTable(table, Variables.fromMap(inputs)).getSingleEntry();
    }

    /** The row that answered the last evaluation (the first matching one: the tables are FIRST). */
    public String answeringRow() {
        return lastMatchingRows.isEmpty() ? null : lastMatchingRows.get(0);
    }

    public List<String> rowIds() {
        return rules().stream().map(DmnDecisionTableRuleImpl::getId).toList();
    }

    /** The output texts of every row, as written in the file (e.g. {@code "Dahisar East"} with quotes). */
    public List<String> outputTexts() {
        return rules().stream().flatMap(rule -> rule.getConclusions().stream())
                .map(DmnExpressionImpl::getExpression).toList();
    }

    /** The rows as the engine parsed them. */
    public List<DmnDecisionTableRuleImpl> rules() {
        return ((DmnDecisionTableImpl) table.getDecisionLogic()).getRules();
    }
}

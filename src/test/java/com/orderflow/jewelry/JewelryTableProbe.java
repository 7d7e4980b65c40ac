package com.orderflow.jewelry;

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
import org.camunda.bpm.engine.variable.Variables;

/**
 * A jewelry decision table from {@code dmn/} (as on the classpath) on a plain DMN engine that
 * remembers which row answered, so that tests name the row they exercise.
 */
final class JewelryTableProbe {
    private final DmnEngine engine;
    private final DmnDecision table;
    private final List<String> lastMatchingRows = new ArrayList<>();

    JewelryTableProbe(String key) {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
            lastMatchingRows.clear();
            event.getMatchingRules().forEach(rule -> lastMatchingRows.add(rule.getId()));
        }));
        this.engine = configuration.buildEngine();
        try (InputStream file = JewelryTableProbe.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
            if (file == null) {
                throw new IllegalStateException("dmn/" + key + ".dmn is not on the classpath");
            }
            this.table = engine.parseDecision(key, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single output of the answering row (null for an empty output). */
    Object evaluate(Map<String, Object> inputs) {
        return engine.evaluateDecisionTable(table, Variables.fromMap(inputs)).getSingleEntry();
    }

    /** The row that answered the last evaluation (the first matching one: the tables are FIRST). */
    String answeringRow() {
        return lastMatchingRows.isEmpty() ? null : lastMatchingRows.get(0);
    }

    List<String> rowIds() {
        return ((DmnDecisionTableImpl) table.getDecisionLogic()).getRules().stream().map(DmnDecisionTableRuleImpl::getId)
                .toList();
    }
}
